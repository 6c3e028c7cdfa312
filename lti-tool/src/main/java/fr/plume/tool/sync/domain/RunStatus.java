package fr.plume.tool.sync.domain;

public enum RunStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
