package cn.tianjin.quality.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Language switch without a session: {@code ?lang=en} or {@code ?lang=zh-CN} on any page stores the choice in a
 * cookie and redirects to the same page without the parameter. Public pages stay stateless.
 */
@WebFilter(urlPatterns = "/*", filterName = "locale")
public class LocaleFilter extends HttpFilter {
    public static final String COOKIE = "lang";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String lang = req.getParameter("lang");
        if (lang != null && "GET".equals(req.getMethod())) {
            String tag = Messages.tag(Messages.locale(lang));
            Cookie c = new Cookie(COOKIE, tag);
            c.setPath("/");
            c.setMaxAge(365 * 24 * 3600);
            c.setHttpOnly(true);
            c.setAttribute("SameSite", "Lax");
            res.addCookie(c);
            res.sendRedirect(withoutLang(req));
            return;
        }
        chain.doFilter(req, res);
    }

    private static String withoutLang(HttpServletRequest req) {
        String query = req.getQueryString();
        StringBuilder kept = new StringBuilder();
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.startsWith("lang=") && !part.isEmpty()) {
                    kept.append(kept.length() == 0 ? "?" : "&").append(part);
                }
            }
        }
        return req.getRequestURI() + kept;
    }

    /** The language of a request: the cookie if set, otherwise Chinese. */
    public static String tagOf(HttpServletRequest req) {
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    return Messages.tag(Messages.locale(c.getValue()));
                }
            }
        }
        return "zh-CN";
    }
}
