package fr.plume.tool.lti.domain;

import java.util.Map;

/** Where a launch's tool session is stored, shared by every node. */
public interface SessionStore {

    /** Stores a new session holding {@code attributes}; returns its id, for the session cookie. */
    String open(Map<String, Object> attributes);
}
