package cn.tianjin.quality.platform.web;

import cn.tianjin.quality.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cache of anonymous public pages (see {@link PublicPageFilter}): the pages the features opt in through their
 * {@link PublicPageRules}. Every state change is audited, so every audited commit empties it (except changes to
 * records no public page shows): a publication or revocation shows at once.
 * Settings: {@code portal.public-cache-seconds} (0 turns the cache off); on a cluster each instance keeps its own,
 * so another instance may show the old page for that long.
 */
@ApplicationScoped
public class PublicPages {
    /** A rendered public page is 10-40 KB: room for a few hundred distinct addresses per language. */
    private static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final long MAX_PAGE_BYTES = 512 * 1024;

    private PageCache cache;
    private Set<String> addresses;
    private Set<String> privateRecords;

    @Inject
    public PublicPages(@ConfigProperty(name = "portal.public-cache-seconds", defaultValue = "10") int seconds,
                       @Any Instance<PublicPageRules> rules) {
        this(seconds, rules.stream().flatMap(r -> r.storedPages().stream()).collect(Collectors.toUnmodifiableSet()),
                rules.stream().flatMap(r -> r.privateRecords().stream()).collect(Collectors.toUnmodifiableSet()));
    }

    /** A store of the given pages for {@code seconds}, left in place by changes of the given private records. */
    PublicPages(int seconds, Set<String> addresses, Set<String> privateRecords) {
        this.cache = new PageCache(TimeUnit.SECONDS.toNanos(Math.max(0, seconds)), MAX_BYTES, MAX_PAGE_BYTES);
        this.addresses = Set.copyOf(addresses);
        this.privateRecords = Set.copyOf(privateRecords);
    }

    /** For the container's proxy only. */
    protected PublicPages() {
    }

    PageCache cache() {
        return cache;
    }

    /** Whether the store may keep the page at this address (without {@code .xhtml}); the features opt their pages in. */
    boolean stores(String address) {
        return addresses.contains(address);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditLog.Recorded recorded) {
        if (recorded.changed() && mayShowPublicly(recorded.objectType())) {
            cache.invalidate();
        }
    }

    /**
     * Whether a change to this kind of record may alter a public page (unknown kinds may). Experts' score sheets and
     * enterprises' self-assessments do not: emptying the store at each of their autosaves had public pages drawn afresh
     * for nearly every visitor while experts were scoring (32 experts save several times a second).
     */
    boolean mayShowPublicly(String objectType) {
        return !privateRecords.contains(objectType);
    }
}
