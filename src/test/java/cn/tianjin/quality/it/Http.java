package cn.tianjin.quality.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Plain HTTP requests beside the browser, with the browser's session where a test needs it, redirects not followed. */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {
    }

    public static HttpResponse<String> send(String base, String method, String path, String session,
                                            Map<String, String> headers, String form) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + path))
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        if (session != null) {
            b.header("Cookie", session.contains("=") ? session : "JSESSIONID=" + session);
        }
        if (form != null) {
            b.header("Content-Type", "application/x-www-form-urlencoded");
        }
        headers.forEach(b::header);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET answered in bytes (a spreadsheet, a PDF), with the given cookies. */
    public static HttpResponse<byte[]> bytes(String base, String path, String session) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + path)).GET();
        if (session != null) {
            b.header("Cookie", session.contains("=") ? session : "JSESSIONID=" + session);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The browser's session cookies as a Cookie header (a replicated session comes with a version cookie beside its
     * id, and a browser sends both), or null before it has a session.
     */
    public static String session(Browser b) {
        StringBuilder cookies = new StringBuilder();
        for (var c : b.driver().manage().getCookies()) {
            if (c.getName().startsWith("JSESSIONID")) {
                cookies.append(cookies.length() == 0 ? "" : "; ").append(c.getName()).append('=').append(c.getValue());
            }
        }
        return cookies.length() == 0 ? null : cookies.toString();
    }

    /** The session id alone, to tell whether it changed. */
    public static String sessionId(Browser b) {
        var c = b.driver().manage().getCookieNamed("JSESSIONID");
        return c == null ? null : c.getValue();
    }
}
