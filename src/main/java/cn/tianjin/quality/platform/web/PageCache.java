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
    /** One stored answer: its body, content type and the headers the page set itself. */
    public record Page(byte[] body, String contentType, List<Map.Entry<String, String>> headers) {
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
