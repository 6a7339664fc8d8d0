package cn.tianjin.quality.platform.api;

import cn.tianjin.quality.platform.web.LocaleFilter;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Every refusal of the API as {@code application/problem+json} (RFC 9457): a stable {@code type} per kind of problem
 * that programs can branch on, a {@code title} and {@code detail} in the caller's language (Chinese unless the
 * request asks for English), the {@code status}, the {@code instance} (the address asked), and for a bad parameter
 * the {@code field} it concerns. The kinds are listed in the OpenAPI document's {@code Problem} schema.
 */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    /** Prefix of every problem type; a business rule's type ends in its message key, e.g. {@code api.param.range}. */
    public static final String TYPE = "urn:tianjin-quality-portal:problem:";

    /** The problem kinds that are not a business rule of a feature, by status. */
    public static final String NOT_FOUND = "not-found";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String CSRF = "csrf";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String BAD_REQUEST = "bad-request";
    public static final String DATABASE_UNAVAILABLE = "database-unavailable";
    public static final String INCIDENT = "incident";

    private Problems() {
    }

    /** The kind of problem a bare HTTP status stands for (a refusal of the JAX-RS runtime itself). */
    static String kindOf(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> DATABASE_UNAVAILABLE;
            default -> status >= 500 ? INCIDENT : BAD_REQUEST;
        };
    }

    /** The problem as JSON text, for answers written outside JAX-RS (the login check's 401). */
    public static String json(HttpServletRequest request, int status, String kind, String detail, String field) {
        return body(request, status, kind, detail, field).build().toString();
    }

    /** The answer for a kind of problem; {@code detail} may be null, the title then says it all. */
    static Response response(HttpServletRequest request, int status, String kind, String detail, String field) {
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8")
                .entity(body(request, status, kind, detail, field).build().toString()).build();
    }

    /** The answer for a business rule, whose message key names its type and whose text is the detail. */
    static Response rule(HttpServletRequest request, String messageKey, Object[] args, String field) {
        return response(request, 400, messageKey, text(request, messageKey, args), field);
    }

    /** A text of the bundle in the caller's language (the API's: the language cookie, else Accept-Language). */
    public static String text(HttpServletRequest request, String key, Object... args) {
        return Messages.get(locale(request), key, args);
    }

    private static JsonObjectBuilder body(HttpServletRequest request, int status, String kind, String detail, String field) {
        Locale locale = locale(request);
        String titleKey = "problem." + (kind.contains(".") ? BAD_REQUEST : kind);
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", TYPE + kind)
                .add("title", Messages.get(locale, titleKey))
                .add("status", status);
        if (detail != null && !detail.isBlank()) {
            b.add("detail", detail);
        }
        String query = request.getQueryString();
        b.add("instance", request.getRequestURI() + (query == null ? "" : "?" + query));
        if (field != null && !field.isBlank()) {
            b.add("field", field);
        }
        return b;
    }

    private static Locale locale(HttpServletRequest request) {
        return Messages.locale(LocaleFilter.apiTagOf(request));
    }
}
