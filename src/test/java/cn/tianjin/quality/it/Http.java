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
            b.header("Cookie", "JSESSIONID=" + session);
        }
        if (form != null) {
            b.header("Content-Type", "application/x-www-form-urlencoded");
        }
        headers.forEach(b::header);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session id the browser holds now, or null before it has one. */
    public static String session(Browser b) {
        var c = b.driver().manage().getCookieNamed("JSESSIONID");
        return c == null ? null : c.getValue();
    }
}
