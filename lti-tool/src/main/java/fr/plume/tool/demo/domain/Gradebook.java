package fr.plume.tool.demo.domain;

import java.util.List;
import java.util.Optional;

/** Grades of the demo gradebook: the last accepted score of each user in each column. */
public interface Gradebook {

    Optional<Grade> find(long lineItemId, String userId);

    List<Grade> inCourse(String courseId);

    /** Keeps the score as the user's grade in the column, replacing the previous one. */
    void store(long lineItemId, ScoreSubmission score);
}
