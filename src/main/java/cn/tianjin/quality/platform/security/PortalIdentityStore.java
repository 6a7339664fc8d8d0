package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.platform.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** Checks usernames and PBKDF2 password hashes against the account table; the role becomes the caller's group. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {
    @Inject
    LoginService logins;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return logins.authenticate(credential.getCaller(), credential.getPasswordAsString(), ClientAddress.of(request))
                .map(a -> new CredentialValidationResult(a.getUsername(), Set.of(a.getRole().roleName())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
