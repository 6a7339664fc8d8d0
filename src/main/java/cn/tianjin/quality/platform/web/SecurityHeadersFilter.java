package cn.tianjin.quality.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. PrimeFaces (primefaces.CSP) sends its own nonce-based script-src policy;
 * this one adds the rest. Browsers enforce both policies, so each narrows what the other allows.
 */
@WebFilter(urlPatterns = "/*", filterName = "securityHeaders")
public class SecurityHeadersFilter extends HttpFilter {
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        res.addHeader("Content-Security-Policy", POLICY);
        if (req.isSecure()) {
            res.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(req, res);
    }
}
