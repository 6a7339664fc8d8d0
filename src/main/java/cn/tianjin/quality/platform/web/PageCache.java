package cn.tianjin.quality.platform.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered public pages kept for a few seconds. Any committed state change starts a new generation, and a page is only
 * served in the generation it was rendered in: a render that began before a change, even if it is stored after it,
 * is never shown. Bounded in bytes: when full it starts over, so many distinct addresses (a search for every word)
 * cannot fill the heap.
 */
public final class PageCache {
    /**
     * One stored answer: its body, content type, the headers the page set itself, and its entity tag (a digest of the
     * body, so that the same page drawn again on another instance of a cluster has the same tag).
     */
    public record Page(byte[] body, String contentType, List<Map.Entry<String, String>> headers, String etag) {
        public Page(byte[] body, String contentType, List<Map.Entry<String, String>> headers) {
            this(body, contentType, headers, etagOf(body));
        }

        private static String etagOf(byte[] body) {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body);
                return "\"" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Whether an {@code If-None-Match} header names this page's tag (or any, {@code *}); weak tags compare alike. */
        public boolean matches(String ifNoneMatch) {
            if (ifNoneMatch == null) {
                return false;
            }
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Stored(Page page, long generation, long bornNanos) {
    }

    private final Map<String, Stored> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    /** Bytes stored since the store last started over (replaced pages still count: a slight overestimate). */
    private final AtomicLong bytes = new AtomicLong();
    private final long ttlNanos;
    private final long maxBytes;
    private final long maxPageBytes;

    public PageCache(long ttlNanos, long maxBytes, long maxPageBytes) {
        this.ttlNanos = ttlNanos;
        this.maxBytes = maxBytes;
        this.maxPageBytes = maxPageBytes;
    }

    public boolean enabled() {
        return ttlNanos > 0 && maxBytes > 0;
    }

    /** Read before rendering; pass to {@link #put} afterwards. */
    public long generation() {
        return generation.get();
    }

    public Page get(String key, long nowNanos) {
        Stored s = pages.get(key);
        if (s == null) {
            return null;
        }
        if (s.generation() != generation.get() || nowNanos - s.bornNanos() >= ttlNanos) {
            pages.remove(key, s);
            return null;
        }
        return s.page();
    }

    /** Stores a page rendered in the given generation; ignored when too big or when data has changed since. */
    public void put(String key, Page page, long renderedIn, long nowNanos) {
        int size = page.body().length;
        if (!enabled() || size > maxPageBytes || renderedIn != generation.get()) {
            return;
        }
        if (bytes.addAndGet(size) > maxBytes) {
            pages.clear();
            bytes.set(size);
        }
        pages.put(key, new Stored(page, renderedIn, nowNanos));
    }

    /** Called after a state change has committed. */
    public void invalidate() {
        generation.incrementAndGet();
        pages.clear();
        bytes.set(0);
    }

    public int size() {
        return pages.size();
    }
}
