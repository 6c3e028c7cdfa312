package fr.plume.tool.identity.infra;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Spring Security's view of tool accounts, for the password sign-in of pages ({@link ThrottledSignIn});
 * not a bean, so that nothing else can check a password around the throttle.
 */
class ToolAccountUserDetails implements UserDetailsService {

    private final JdbcToolAccounts accounts;

    ToolAccountUserDetails(JdbcToolAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .disabled(!account.enabled())
                        .roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
