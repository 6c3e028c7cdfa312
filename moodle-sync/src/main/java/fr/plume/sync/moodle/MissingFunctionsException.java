package fr.plume.sync.moodle;

import java.util.List;

/** The token's service lacks functions a job needs: the job refuses to start. */
public class MissingFunctionsException extends RuntimeException {

    private final String siteName;
    private final List<String> missing;

    public MissingFunctionsException(String siteName, String job, List<String> missing) {
        super("Le site " + siteName + " ne permet pas « " + job + " » : fonctions absentes du service web du jeton : "
                + String.join(", ", missing)
                + ". Ajoutez-les au service (Administration du site > Serveur > Services web > Services externes > Fonctions).");
        this.siteName = siteName;
        this.missing = List.copyOf(missing);
    }

    public String siteName() {
        return siteName;
    }

    public List<String> missing() {
        return missing;
    }
}
