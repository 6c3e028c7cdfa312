package fr.plume.tool.demo.domain;

import java.util.List;

/** Every request the platform's services received and what they answered, shown in the gradebook. */
public interface ServiceLog {

    void record(String method, String path, String clientId, int status, String body, String outcome);

    /** The latest entries, newest first. */
    List<ServiceLogEntry> recent(int limit);
}
