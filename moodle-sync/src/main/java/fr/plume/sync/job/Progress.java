package fr.plume.sync.job;

/** Receives progress of a long job (the CLI draws a bar; the tool may ignore it). */
public interface Progress {

    /** @param total -1 when unknown */
    void step(String label, long done, long total);

    default void finish() {
    }

    Progress NONE = (label, done, total) -> { };
}
