package cn.tianjin.quality.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The logged-in account of this request, loaded once. Backing beans pass {@link #actor()} to services. */
@Named
@RequestScoped
public class CurrentUser {
    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    private Optional<UserAccount> account;

    public Optional<UserAccount> account() {
        if (account == null) {
            Principal p = securityContext.getCallerPrincipal();
            account = p == null ? Optional.empty()
                    : accounts.findByUsername(p.getName()).filter(accounts::mayAct);
        }
        return account;
    }

    public Actor actor() {
        return account().map(UserAccount::actor).orElse(Actor.anonymous());
    }

    public boolean isLoggedIn() {
        return account().isPresent();
    }

    public String getDisplayName() {
        return account().map(UserAccount::getDisplayName).orElse("");
    }

    public Role getRole() {
        return account().map(UserAccount::getRole).orElse(null);
    }

    public boolean is(String role) {
        return account().map(a -> a.getRole().name().equalsIgnoreCase(role)).orElse(false);
    }

    public boolean isEnterpriseAdmin() {
        return account().map(UserAccount::isEnterpriseAdmin).orElse(false);
    }
}
