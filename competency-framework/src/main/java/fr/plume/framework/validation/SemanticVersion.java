package fr.plume.framework.validation;

import java.util.regex.Pattern;

/** Semantic Versioning 2.0.0 syntax: MAJOR.MINOR.PATCH with optional pre-release and build metadata. */
public final class SemanticVersion {

    private static final String NUMBER = "(?:0|[1-9]\\d*)";
    private static final String PRERELEASE_PART = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
    private static final Pattern SEMVER = Pattern.compile(
            NUMBER + "\\." + NUMBER + "\\." + NUMBER
                    + "(?:-" + PRERELEASE_PART + "(?:\\." + PRERELEASE_PART + ")*)?"
                    + "(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");

    private SemanticVersion() {
    }

    public static boolean isValid(String version) {
        return version != null && SEMVER.matcher(version).matches();
    }
}
