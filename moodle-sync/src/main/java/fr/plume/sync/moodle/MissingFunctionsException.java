package fr.plume.sync.moodle;

import fr.plume.sync.i18n.Localized;
import fr.plume.sync.i18n.Phrase;
import java.util.List;

/** The token's service lacks functions a job needs: the job refuses to start. */
public class MissingFunctionsException extends RuntimeException implements Localized {

    private final String siteName;
    private final List<String> missing;
    private final Phrase phrase;

    public MissingFunctionsException(String siteName, String job, List<String> missing) {
        this(Phrase.of("error.missingFunctions", siteName, job, String.join(", ", missing)), siteName, missing);
    }

    private MissingFunctionsException(Phrase phrase, String siteName, List<String> missing) {
        super(phrase.french());
        this.phrase = phrase;
        this.siteName = siteName;
        this.missing = List.copyOf(missing);
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }

    public String siteName() {
        return siteName;
    }

    public List<String> missing() {
        return missing;
    }
}
