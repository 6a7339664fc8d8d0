package cn.tianjin.quality.platform.web;

import java.util.Set;

/**
 * What a feature tells the store of anonymous public pages ({@link PublicPageFilter}, {@link PublicPages}): which of
 * its pages may be kept and served to every visitor alike, and which of its records no public page ever shows. Each
 * feature with public pages or busy private records has one such CDI bean; the platform names no page itself.
 */
public interface PublicPageRules {

    /** Addresses of the feature's anonymous pages (without {@code .xhtml}) that look the same for every visitor. */
    default Set<String> storedPages() {
        return Set.of();
    }

    /**
     * Audit types of records no public page shows and that change many times a minute while people work (every
     * autosave is audited): their changes leave the stored pages in place.
     */
    default Set<String> privateRecords() {
        return Set.of();
    }
}
