package cn.tianjin.quality.platform.web;

import cn.tianjin.quality.platform.PortalConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security headers on every response. Scripts come only from our own origin, never from an inline handler or eval:
 * PrimeFaces' script policy mode (primefaces.CSP) gives its inline scripts a nonce and moves event handlers into them,
 * and the one policy sent names that nonce (see {@link Nonced}); every form carries the nonce from the server
 * ({@link NonceInForms}), so a page without PrimeFaces' script can still be posted back. Escaping every user value
 * remains the first defence.
 *
 * <p>Whatever is answered to someone signed in, or to a visitor part-way through a form kept in a session, is never
 * stored by a browser or a proxy: after signing out on a shared computer, Back asks the server again and meets the
 * login page. Only the static resources are exempt: each has its version in its address, so browsers keep them for a
 * year (com.sun.faces.defaultResourceMaxAge in web.xml). HSTS is sent when the request came over TLS or when the
 * portal's public address is https, so that a TLS proxy in front of plain HTTP does not lose it.
 */
@WebFilter(urlPatterns = "/*", filterName = "securityHeaders")
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String POLICY = "default-src 'self'; script-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String CSP = "Content-Security-Policy";
    static final String NO_STORE = "private, no-store";
    /** Set from the configuration when the filter starts; the authentication mechanism's answers come before it. */
    private static volatile boolean httpsAddress;

    @Inject
    transient PortalConfig config;

    @Override
    public void init() {
        httpsAddress = config.httpsAddress();
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        apply(req, res);
        if (personal(req)) {
            res.setHeader("Cache-Control", NO_STORE);
        }
        chain.doFilter(req, new Nonced(res));
    }

    /**
     * The policy for a page whose inline scripts carry the nonce: our policy, its script-src also admitting the nonce.
     */
    static String policy(String nonce) {
        return POLICY.replace("script-src 'self'", "script-src 'self' 'nonce-" + nonce + "'");
    }

    /**
     * Keeps one policy per response. PrimeFaces adds a header of its own with a fresh nonce for every page it renders;
     * a browser would enforce both, and ours, without the nonce, would block PrimeFaces' scripts. Its header is taken
     * for the nonce it names, and ours is sent with that nonce in place of both.
     */
    static final class Nonced extends HttpServletResponseWrapper {
        private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

        Nonced(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!replaced(name, value)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!replaced(name, value)) {
                super.setHeader(name, value);
            }
        }

        private boolean replaced(String name, String value) {
            if (!CSP.equalsIgnoreCase(name) || value == null) {
                return false;
            }
            Matcher m = NONCE.matcher(value);
            super.setHeader(CSP, m.find() ? policy(m.group(1)) : POLICY);
            return true;
        }
    }

    /**
     * Sets the headers on a response. Also called by the authentication mechanism, whose redirects to the login page
     * and refusals are answered before any filter runs.
     */
    public static void apply(HttpServletRequest req, HttpServletResponse res) {
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        res.setHeader(CSP, POLICY);
        if (secure(req)) {
            res.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /**
     * Whether the browser reached the portal over TLS: the request came over TLS, or the portal's public address is
     * https (a TLS proxy in front of plain HTTP). HSTS and the Secure mark of cookies follow it.
     */
    public static boolean secure(HttpServletRequest req) {
        return req.isSecure() || httpsAddress;
    }

    /** Whether the answer may carry something of one person: asked by someone signed in or with a session. */
    public static boolean personal(HttpServletRequest req) {
        if (req.getRemoteUser() == null && req.getSession(false) == null) {
            return false;
        }
        return !staticResource(req.getRequestURI().substring(req.getContextPath().length()));
    }

    static boolean staticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }
}
