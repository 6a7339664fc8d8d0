package cn.tianjin.quality.platform.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.tianjin.quality.platform.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicPagesTest {
    private static final String KEY = "/public/winners|zh-CN";

    private static PublicPages withStoredPage() {
        var pages = new PublicPages(10, java.util.Set.of("/public/winners"), java.util.Set.of("score-sheet", "self-assessment"));
        var cache = pages.cache();
        cache.put(KEY, new PageCache.Page("winners".getBytes(StandardCharsets.UTF_8), "text/html", List.of()),
                cache.generation(), 0);
        return pages;
    }

    @Test
    void anExpertsDraftLeavesStoredPublicPagesInPlace() {
        var pages = withStoredPage();
        pages.changed(new AuditLog.Recorded("score-sheet", "save-draft", true));
        pages.changed(new AuditLog.Recorded("self-assessment", "save-draft", true));
        assertNotNull(pages.cache().get(KEY, 1));
    }

    @Test
    void aPublicationOrAnyOtherChangeEmptiesThem() {
        var published = withStoredPage();
        published.changed(new AuditLog.Recorded("award-title", "issue", true));
        assertNull(published.cache().get(KEY, 1));
        var unknown = withStoredPage();
        unknown.changed(new AuditLog.Recorded("something-new", "create", true));
        assertNull(unknown.cache().get(KEY, 1), "a kind not known to be private counts as public");
    }

    @Test
    void anOfficialSeeingAnObjectorsContactDetailsLeavesThemInPlace() {
        var pages = withStoredPage();
        pages.changed(new AuditLog.Recorded("objection", "reveal-contact", false));
        assertNotNull(pages.cache().get(KEY, 1), "a reveal is audited but changes nothing shown");
    }
}
