package fr.plume.tool.psychometrics.domain;

public enum RunStatus { QUEUED, RUNNING, SUCCEEDED, FAILED, PROMOTED }
