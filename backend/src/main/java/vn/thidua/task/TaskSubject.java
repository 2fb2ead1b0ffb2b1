package vn.thidua.task;

/** The kind of record a task is about; with its id the client opens it. */
public enum TaskSubject {
    CAMPAIGN, COVENANT, CONFERENCE
}
