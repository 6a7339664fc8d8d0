package cn.tianjin.quality.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The language of this request (from the cookie; Chinese by default), for f:view and for services' messages. */
@Named
@RequestScoped
public class Language {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    HttpServletRequest request;

    private String tag;

    public String getTag() {
        if (tag == null) {
            tag = LocaleFilter.tagOf(request);
        }
        return tag;
    }

    public Locale getLocale() {
        return Messages.locale(getTag());
    }

    public boolean isEnglish() {
        return "en".equals(getTag());
    }

    /** The link that switches to the other language on the current page. */
    public String getSwitchUrl() {
        // On an error page (a forward) the link must lead back to the page the user asked for.
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String query;
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        } else {
            query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        }
        String sep = query == null || query.isEmpty() ? "?" : "?" + query + "&";
        return uri + sep + "lang=" + (isEnglish() ? "zh-CN" : "en");
    }

    public String getDatePattern() {
        return "yyyy-MM-dd";
    }

    public String format(Object temporal) {
        if (temporal instanceof java.time.LocalDateTime t) {
            return t.format(MINUTES);
        }
        if (temporal instanceof java.time.LocalDate d) {
            return d.format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return temporal == null ? "" : temporal.toString();
    }

    /** A ratio such as 0.75 as a whole percentage, "75%". */
    public String percent(java.math.BigDecimal ratio) {
        return ratio == null ? "" : ratio.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Text of a bundle key with arguments, for messages built in pages. */
    public String text(String key, Object... args) {
        return Messages.get(getLocale(), key, args);
    }
}
