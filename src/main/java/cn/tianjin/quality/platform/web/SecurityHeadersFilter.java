package cn.tianjin.quality.platform.web;

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
 */
@WebFilter(urlPatterns = "/*", filterName = "securityHeaders")
public class SecurityHeadersFilter extends HttpFilter {
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        apply(req, res);
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
        if (req.isSecure()) {
            res.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
