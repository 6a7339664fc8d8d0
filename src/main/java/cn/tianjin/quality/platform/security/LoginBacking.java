package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.platform.web.ClientAddress;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** The login page (/public/login) and the logout button of the layout. */
@Named
@RequestScoped
public class LoginBacking {
    @Inject
    LoginRefusal refusal;

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    @Inject
    LoginService logins;

    @Inject
    FacesContext faces;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        Optional<Duration> wait = logins.throttled(username, ClientAddress.of(request));
        if (wait.isPresent()) {
            Pages.error("login.throttled", wait.get().toMinutes());
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(),
                                password == null ? "" : password)));
        switch (status) {
            case SEND_CONTINUE -> {
                // Back to the page the user was going to; the mechanism has written the redirect.
                renewSession(request);
                faces.responseComplete();
            }
            case SUCCESS -> {
                renewSession(request);
                String home = accounts.findByUsername(username).map(a -> a.getRole().homePage()).orElse("/");
                ec.redirect(home);
            }
            default -> Pages.error(refusal.getMessageKey() == null ? "login.failed" : refusal.getMessageKey());
        }
    }

    /** A new session id at login, so an id planted before login is worth nothing after it. */
    private static void renewSession(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        ec.redirect("/");
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String value) { this.password = value; }
}
