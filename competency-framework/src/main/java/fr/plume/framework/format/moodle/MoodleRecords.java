package fr.plume.framework.format.moodle;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way a Plume framework is represented in Moodle, shared by the tool_lpimportcsv file and the web-service
 * push so that a framework has one identity whichever route created it: every idnumber is the Plume UUID (framework,
 * domains, competencies), every shortname is "code title" cut to Moodle's 100 characters, and every description
 * comes from {@link MoodleDescription}. Domains are top-level competencies, competencies sit below them.
 */
public final class MoodleRecords {

    /** Moodle cuts shortname and idnumber to 100 characters (tool_lpimportcsv shorten_text, web-service validation). */
    public static final int MAX_LENGTH = 100;

    private MoodleRecords() {
    }

    public static MoodleRecord framework(Framework framework) {
        return new MoodleRecord("", framework.idnumber().toString(), shortname(framework.code(), framework.title().fr()),
                MoodleDescription.of(framework));
    }

    public static MoodleRecord domain(Domain domain) {
        return new MoodleRecord("", domain.idnumber().toString(), shortname(domain.code(), domain.title().fr()),
                MoodleDescription.of(domain));
    }

    public static MoodleRecord competency(Domain domain, Competency competency) {
        return new MoodleRecord(domain.idnumber().toString(), competency.idnumber().toString(),
                shortname(competency.code(), competency.title().fr()), MoodleDescription.of(competency));
    }

    /** Each domain followed by its competencies, in framework order (the order Moodle displays them). */
    public static List<MoodleRecord> competencies(Framework framework) {
        List<MoodleRecord> records = new ArrayList<>();
        for (Domain domain : framework.domains()) {
            records.add(domain(domain));
            domain.competencies().forEach(competency -> records.add(competency(domain, competency)));
        }
        return records;
    }

    /** "code title", cut to Moodle's limit. */
    public static String shortname(String code, String frenchTitle) {
        return truncate((code + " " + frenchTitle).strip());
    }

    /** True when "code title" is too long for a shortname, so the description must repeat the full title. */
    static boolean shortened(String code, String frenchTitle) {
        return length((code + " " + frenchTitle).strip()) > MAX_LENGTH;
    }

    /** Cuts to Moodle's 100 characters (counted as Unicode characters, like Moodle), ending with "…". */
    public static String truncate(String text) {
        if (length(text) <= MAX_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…";
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
