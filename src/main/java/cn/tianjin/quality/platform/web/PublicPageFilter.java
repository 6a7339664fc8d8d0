package cn.tianjin.quality.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Serves the anonymous public pages the features opt in ({@link PublicPageRules}: the home page, directories, notices,
 * displays, certificate verification) and the open-data API from {@link PublicPages} for a few seconds. On the day results are published everyone asks for
 * the same few pages; a render costs a Faces view and one to three queries, a stored page costs a copy.
 *
 * <p>Only plain GETs from visitors without a session are served or stored (a signed-in user's header names them, and
 * a flash message travels in a cookie), only answers of 200 that open no session and set no cookie, keyed by
 * address and language. Each such answer carries an entity tag, and a visitor who names it in {@code If-None-Match}
 * gets 304 without the body, whether the page came from the store or was just drawn (also with the store turned off).
 */
@WebFilter(urlPatterns = "/*", filterName = "publicPages")
public class PublicPageFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String API = "/api/v1/public/";
    /** Cookies that do not change what an anonymous visitor sees; any other cookie makes the request pass by. */
    private static final Set<String> NEUTRAL_COOKIES = Set.of(LocaleFilter.COOKIE);

    @Inject
    transient PublicPages pages;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!cacheable(req, pages)) {
            chain.doFilter(req, res);
            return;
        }
        PageCache cache = pages.cache();
        String key = key(req);
        PageCache.Page hit = cache.enabled() ? cache.get(key, System.nanoTime()) : null;
        if (hit != null) {
            write(req, res, hit, true);
            return;
        }
        long generation = cache.generation();
        var capture = new Capture(res);
        chain.doFilter(req, capture);
        byte[] body = capture.body();
        if (capture.storable() && req.getSession(false) == null) {
            var page = new PageCache.Page(body, capture.getContentType(), List.copyOf(capture.headers));
            cache.put(key, page, generation, System.nanoTime());
            write(req, res, page, false);
        } else if (!capture.passedOn()) {
            res.getOutputStream().write(body);
        }
    }

    static boolean cacheable(HttpServletRequest req, PublicPages pages) {
        if (!"GET".equals(req.getMethod()) || req.getRemoteUser() != null) {
            return false;
        }
        String path = path(req);
        if (!pages.stores(path) && !path.startsWith(API)) {
            return false;
        }
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (!NEUTRAL_COOKIES.contains(c.getName())) {
                    return false;
                }
            }
        }
        return req.getHeader("Faces-Request") == null;
    }

    private static String path(HttpServletRequest req) {
        String uri = req.getRequestURI().substring(req.getContextPath().length());
        return uri.endsWith(".xhtml") ? uri.substring(0, uri.length() - ".xhtml".length()) : uri;
    }

    static String key(HttpServletRequest req) {
        String query = req.getQueryString();
        return path(req) + (query == null ? "" : "?" + query) + "|" + LocaleFilter.tagOf(req);
    }

    /**
     * Answers with a page, or with 304 and no body when the visitor already holds it (its {@code If-None-Match} names
     * the page's tag): a phone that comes back to the directory downloads nothing it has. A stored page brings the
     * headers it was drawn with; a page just drawn has set them already.
     */
    private static void write(HttpServletRequest req, HttpServletResponse res, PageCache.Page page, boolean stored)
            throws IOException {
        if (stored) {
            for (Map.Entry<String, String> h : page.headers()) {
                res.addHeader(h.getKey(), h.getValue());
            }
        }
        res.setHeader("ETag", page.etag());
        if (page.matches(req.getHeader("If-None-Match"))) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        res.setContentType(page.contentType());
        res.setContentLength(page.body().length);
        res.getOutputStream().write(page.body());
    }

    /**
     * Holds the body back until the page is complete, and notes whatever would make it unfit to share. Errors,
     * redirects and cookies go straight to the real response.
     */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean passedOn;
        private boolean personal;

        Capture(HttpServletResponse res) {
            super(res);
        }

        boolean passedOn() {
            return passedOn;
        }

        boolean storable() {
            return !passedOn && !personal && getStatus() == SC_OK && getContentType() != null;
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            passedOn = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            passedOn = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedOn = true;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(Cookie cookie) {
            personal = true;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            note(name, value, true);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            note(name, value, false);
            super.addHeader(name, value);
        }

        private void note(String name, String value, boolean replace) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                personal = true;
                return;
            }
            if ("Content-Length".equalsIgnoreCase(name) || "Content-Type".equalsIgnoreCase(name)) {
                return;
            }
            if (replace) {
                headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
            }
            headers.add(Map.entry(name, value));
        }

        @Override
        public void setContentLength(int len) {
            // The filter writes the length it holds.
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            bytes.reset();
        }

        @Override
        public void reset() {
            bytes.reset();
            headers.clear();
            super.reset();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }
    }
}
