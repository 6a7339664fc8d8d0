package cn.tianjin.quality.platform.work;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A user's calendar feed, /calendar/{secret}.ics: the secret is the only key (calendar programs do not log in), so an
 * unknown or renewed secret answers 404 like any missing page, and nothing is cached on the way.
 */
@WebServlet(CalendarFeeds.PATH + "*")
public class CalendarServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String SUFFIX = ".ics";

    @Inject
    transient CalendarFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Optional<String> feed = path.endsWith(SUFFIX) ? feeds.feed(path.substring(0, path.length() - SUFFIX.length()))
                : Optional.empty();
        if (feed.isEmpty()) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
        res.setContentType("text/calendar; charset=utf-8");
        res.setHeader("Cache-Control", "private, no-store");
        res.setHeader("X-Robots-Tag", "noindex");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
