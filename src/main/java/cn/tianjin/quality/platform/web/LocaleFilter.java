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
    private static final long serialVersionUID = 1L;
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
            c.setSecure(SecurityHeadersFilter.secure(req));
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
                // Nor the mark of a page opened again: its notice was about the page as it was first opened.
                boolean dropped = part.startsWith("lang=") || part.startsWith(RefusalExceptionHandler.REOPENED + "=");
                if (!dropped && !part.isEmpty()) {
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

    /**
     * The language of an API caller: the portal's cookie when a page's script calls, otherwise the Accept-Language
     * header a program sends (the first of Chinese or English it names), otherwise Chinese.
     */
    public static String apiTagOf(HttpServletRequest req) {
        String cookie = null;
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    cookie = c.getValue();
                }
            }
        }
        return apiTag(cookie, req.getHeader("Accept-Language"));
    }

    static String apiTag(String cookie, String acceptLanguage) {
        if (cookie != null) {
            return Messages.tag(Messages.locale(cookie));
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (var range : java.util.Locale.LanguageRange.parse(acceptLanguage)) {
                    String r = range.getRange();
                    if (range.getWeight() > 0 && (r.startsWith("en") || r.startsWith("zh"))) {
                        return Messages.tag(Messages.locale(r));
                    }
                }
            } catch (IllegalArgumentException unreadable) {
                // a malformed header is no reason to refuse: the default language it is
            }
        }
        return "zh-CN";
    }
}
