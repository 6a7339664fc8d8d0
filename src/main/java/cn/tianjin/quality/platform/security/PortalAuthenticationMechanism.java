package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.platform.api.Problems;
import cn.tianjin.quality.platform.web.SecurityHeadersFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Form login with a page of our own (LoginBacking). Protected pages redirect to it and, after login, back to where
 * the user was going. The role of each page folder is set in web.xml.
 *
 * <p>The logged-in caller and the page to return to are kept in the HTTP session as plain attributes and handed to
 * the container again on every request. The built-in form mechanism (auto-apply-session, login-to-continue) keeps the
 * caller in the server's own session object, of which only the name reaches another instance of a cluster: after a
 * fail-over the user still looked logged in but had lost every role, and each protected page answered 403.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String LOGIN_PAGE = "/public/login";
    static final String API = "/api/";
    static final String SESSION_CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";
    static final String RETURN_TO = PortalAuthenticationMechanism.class.getName() + ".returnTo";

    /** Who logged in on this session: what the container needs on each request, and nothing more. */
    record SessionCaller(String name, Set<String> groups) implements Serializable {
        SessionCaller {
            groups = Set.copyOf(groups);
        }
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                HttpSession session = request.getSession();
                session.setAttribute(SESSION_CALLER,
                        new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
                if (session.getAttribute(RETURN_TO) instanceof String target) {
                    session.removeAttribute(RETURN_TO);
                    context.notifyContainerAboutLogin(result);
                    return context.redirect(target);
                }
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            SecurityHeadersFilter.apply(request, response);
            // A program calling the API gets a status, not a login page.
            if (request.getRequestURI().startsWith(request.getContextPath() + API)) {
                return unauthorized(request, response);
            }
            // Only a page read is worth coming back to; a form posted to a protected page is not sent again.
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** The API's 401: a problem document in the caller's language, not the container's error page. */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "FormLogin realm=\"portal\"");
            response.setContentType(Problems.MEDIA_TYPE + ";charset=UTF-8");
            response.getWriter().write(Problems.json(request, 401, Problems.UNAUTHORIZED,
                    Problems.text(request, "problem.unauthorized.detail"), null));
            response.flushBuffer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
