package cn.tianjin.quality.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The paging of the stateless public lists (a directory, a registry, a disclosure): the page asked for in the address
 * (anything that is no page number reads as the first), how many pages there are, and the address of another page
 * with the same search.
 */
public final class PublicPaging {
    private PublicPaging() {
    }

    /** The page asked for, from 1; a missing or malformed value reads as the first. */
    public static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** How many pages {@code total} items fill, at least one. */
    public static int pages(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** The address of page {@code n} of {@code path} with the search parameters that have a value, in their order. */
    public static String link(String path, int n, Map<String, String> parameters) {
        StringBuilder b = new StringBuilder(path).append("?page=").append(n);
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                b.append('&').append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        });
        return b.toString();
    }
}
