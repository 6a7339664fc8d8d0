package cn.tianjin.quality.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageCacheTest {
    private static final long SECOND = 1_000_000_000L;

    private static PageCache.Page page(String text) {
        return new PageCache.Page(text.getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8", List.of());
    }

    @Test
    void servesAStoredPageUntilItExpires() {
        var cache = new PageCache(10 * SECOND, 1 << 20, 1 << 20);
        cache.put("/public/winners|zh-CN", page("winners"), cache.generation(), 0);
        assertArrayEquals("winners".getBytes(StandardCharsets.UTF_8), cache.get("/public/winners|zh-CN", 9 * SECOND).body());
        assertNull(cache.get("/public/winners|en", SECOND), "another language is another page");
        assertNull(cache.get("/public/winners|zh-CN", 10 * SECOND), "expired");
    }

    @Test
    void aChangeHidesEveryPageRenderedBeforeIt() {
        var cache = new PageCache(10 * SECOND, 1 << 20, 1 << 20);
        cache.put("/", page("home"), cache.generation(), 0);
        cache.invalidate();
        assertNull(cache.get("/", SECOND));
    }

    @Test
    void aRenderThatBeganBeforeAChangeIsNotStoredAfterIt() {
        var cache = new PageCache(10 * SECOND, 1 << 20, 1 << 20);
        long began = cache.generation();
        cache.invalidate(); // a publication commits while the old list is being rendered
        cache.put("/public/winners|zh-CN", page("old list"), began, SECOND);
        assertNull(cache.get("/public/winners|zh-CN", SECOND));
        assertEquals(0, cache.size());
    }

    @Test
    void staysWithinItsBounds() {
        var cache = new PageCache(10 * SECOND, 6, 4);
        cache.put("big", page("more than four bytes"), cache.generation(), 0);
        assertNull(cache.get("big", 0));
        for (int i = 0; i < 10; i++) {
            cache.put("q=" + i, page("p" + i), cache.generation(), 0);
        }
        assertFalse(cache.size() > 3, "two bytes a page, six bytes in all");
        assertEquals("p9", new String(cache.get("q=9", 0).body(), StandardCharsets.UTF_8));
    }

    @Test
    void zeroSecondsTurnsItOff() {
        var cache = new PageCache(0, 1 << 20, 1 << 20);
        assertFalse(cache.enabled());
        cache.put("/", page("home"), cache.generation(), 0);
        assertNull(cache.get("/", 0));
    }

    @Test
    void aPageIsTaggedByItsContentAndKnownByItsTagWeakOrStrong() {
        PageCache.Page one = page("winners");
        assertEquals(one.etag(), page("winners").etag(), "the same page drawn twice, or on two instances, has one tag");
        org.junit.jupiter.api.Assertions.assertNotEquals(one.etag(), page("winners and one more").etag());
        org.junit.jupiter.api.Assertions.assertTrue(one.etag().matches("\"[A-Za-z0-9_-]{22}\""), one.etag());
        org.junit.jupiter.api.Assertions.assertTrue(one.matches(one.etag()));
        org.junit.jupiter.api.Assertions.assertTrue(one.matches("\"other\", W/" + one.etag()));
        org.junit.jupiter.api.Assertions.assertTrue(one.matches("*"));
        org.junit.jupiter.api.Assertions.assertFalse(one.matches("\"other\""));
        org.junit.jupiter.api.Assertions.assertFalse(one.matches(null));
    }
}
