package cn.tianjin.quality.platform.web;

import cn.tianjin.quality.platform.PortalConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Scripts are limited to our own origin; PrimeFaces still needs inline
 * scripts, so 'unsafe-inline' stays until its nonce mode works with our stateless views and full-page posts
 * (it refused full-page posts with "Missing CSP nonce"). Escaping every user value remains the first defence.
 *
 * <p>Whatever is answered to someone signed in, or to a visitor part-way through a form kept in a session, is never
 * stored by a browser or a proxy: after signing out on a shared computer, Back asks the server again and meets the
 * login page. Only the versioned static resources are exempt. HSTS is sent when the request came over TLS or when the
 * portal's public address is https, so that a TLS proxy in front of plain HTTP does not lose it.
 */
@WebFilter(urlPatterns = "/*", filterName = "securityHeaders")
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
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
        chain.doFilter(req, res);
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
        res.setHeader("Content-Security-Policy", POLICY);
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
