package fr.plume.tool.identity.infra;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in refused because too many attempts failed; says until when. */
public class SignInLocked extends LockedException {

    private static final long serialVersionUID = 1L;

    private final Instant until;

    public SignInLocked(Instant until) {
        super("sign-in locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
