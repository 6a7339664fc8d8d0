package cn.tianjin.quality.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login with a page of our own. Protected pages redirect to it and, after login, back to where the user was
 * going. The role of each page folder is set in web.xml.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/public/login", errorPage = "", useForwardToLogin = false))
public class SecurityConfig {
}
