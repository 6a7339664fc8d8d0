package cn.tianjin.quality.platform.api;

import cn.tianjin.quality.platform.BusinessException;

/**
 * The one paging convention of every list the API returns: {@code page} from 1 and {@code size} from 1 to
 * {@value #MAX_SIZE}, both optional; the answer names them with the {@code total} of matching items. A value that is
 * no whole number, or out of bounds, is refused with 400 naming the parameter, never quietly replaced.
 */
public record Paging(int page, int size) {
    public static final int MAX_SIZE = 100;

    public static Paging of(String page, String size, int defaultSize) {
        return new Paging(whole("page", page, 1, 1, Integer.MAX_VALUE / MAX_SIZE), whole("size", size, defaultSize, 1, MAX_SIZE));
    }

    /** Where the page starts among all items. */
    public int offset() {
        return (page - 1) * size;
    }

    /**
     * A whole-number query parameter: {@code dflt} when it is absent or empty, else a number from {@code min} to
     * {@code max}; anything else is refused on the parameter's name.
     */
    public static int whole(String name, String value, int dflt, int min, int max) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.onField(name, "api.param.notWhole", name, value);
        }
        if (n < min || n > max) {
            throw BusinessException.onField(name, "api.param.range", name, min, max, value);
        }
        return n;
    }
}
