package fr.plume.sync.job;

import java.util.List;

/** "A resource mentioning one of these keywords is about competency {@code competency}" (a code). */
public record KeywordRule(String competency, List<String> keywords) {

    public KeywordRule {
        keywords = List.copyOf(keywords);
    }
}
