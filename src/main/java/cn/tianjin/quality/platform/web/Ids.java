package cn.tianjin.quality.platform.web;

import cn.tianjin.quality.platform.NotFoundException;

/** Ids taken from URLs: anything that is not a positive number is simply "not found", like an unknown id. */
public final class Ids {
    private Ids() {
    }

    public static Long parse(String raw) {
        try {
            long id = Long.parseLong(raw == null ? "" : raw.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // falls through to not found
        }
        throw new NotFoundException("id " + raw);
    }
}
