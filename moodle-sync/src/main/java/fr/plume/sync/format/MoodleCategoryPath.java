package fr.plume.sync.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Moodle's question category paths ({@code $course$/top/Accords/Participe}): names joined by a
 * single "/", a "/" inside a name written "//", and a name starting or ending with "/" padded with
 * a space so that its slashes stay doubled (question/format.php, assemble_category_path and
 * split_category_path). A {@link DraftItem#category()} is such a path without its
 * {@code $course$/top/} prefix.
 */
public final class MoodleCategoryPath {

    private static final Pattern SEPARATOR = Pattern.compile("(?<!/)/(?!/)");

    private MoodleCategoryPath() {
    }

    /** One category name, ready to be a segment of a path: "Accords / participe" → "Accords // participe". */
    public static String segment(String name) {
        String escaped = name.replace("/", "//");
        if (escaped.startsWith("/")) {
            escaped = " " + escaped;
        }
        if (escaped.endsWith("/")) {
            escaped = escaped + " ";
        }
        return escaped;
    }

    /** The category names of a path, as Moodle reads it. */
    public static List<String> names(String path) {
        List<String> names = new ArrayList<>();
        for (String raw : SEPARATOR.split(path, -1)) {
            names.add(raw.replace("//", "/").strip());
        }
        return names;
    }
}
