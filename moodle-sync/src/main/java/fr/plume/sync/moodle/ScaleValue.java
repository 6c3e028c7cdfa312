package fr.plume.sync.moodle;

/** One value of a Moodle scale; {@code id} is its 1-based position, the grade Moodle expects. */
public record ScaleValue(int id, String name) {
}
