package cn.tianjin.quality.platform.web;

import cn.tianjin.quality.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cache of anonymous public pages (see {@link PublicPageFilter}). Every state change is audited, so every audited
 * commit empties it (except changes to records no public page shows): a publication or revocation shows at once.
 * Settings: {@code portal.public-cache-seconds} (0 turns the cache off); on a cluster each instance keeps its own,
 * so another instance may show the old page for that long.
 */
@ApplicationScoped
public class PublicPages {
    /** A rendered public page is 10-40 KB: room for a few hundred distinct addresses per language. */
    private static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final long MAX_PAGE_BYTES = 512 * 1024;

    private PageCache cache;

    @Inject
    public PublicPages(@ConfigProperty(name = "portal.public-cache-seconds", defaultValue = "10") int seconds) {
        cache = new PageCache(TimeUnit.SECONDS.toNanos(Math.max(0, seconds)), MAX_BYTES, MAX_PAGE_BYTES);
    }

    /** For the container's proxy only. */
    protected PublicPages() {
    }

    PageCache cache() {
        return cache;
    }

    /**
     * Kinds of record no public page shows, changed many times a minute while people work: experts' score sheets and
     * enterprises' self-assessments (every autosave is audited). Emptying the store at each of them had public pages
     * drawn afresh for nearly every visitor while experts were scoring (32 experts save several times a second).
     */
    private static final Set<String> NEVER_PUBLIC = Set.of("score-sheet", "self-assessment");

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditLog.Recorded recorded) {
        if (mayShowPublicly(recorded.objectType())) {
            cache.invalidate();
        }
    }

    /** Whether a change to this kind of record may alter a public page (unknown kinds may). */
    static boolean mayShowPublicly(String objectType) {
        return !NEVER_PUBLIC.contains(objectType);
    }
}
