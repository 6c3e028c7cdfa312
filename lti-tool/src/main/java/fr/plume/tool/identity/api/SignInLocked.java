package fr.plume.tool.identity.api;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused because too many attempts failed; says until when. Thrown by the throttled
 * sign-in (an adapter) and read back by the sign-in page, hence here rather than in either layer.
 */
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
