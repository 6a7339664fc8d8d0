package cn.tianjin.quality.brand;

import java.util.Arrays;

/**
 * One thing wrong with what a user entered or edited: the field it belongs to ({@code SALES.2025} for one year's figure
 * of an indicator, {@code dimensions.2.weight} in a formula), a message key of the bundle and its arguments, so a page
 * can show every problem beside its field at once.
 */
public record Problem(String field, String messageKey, Object... args) {
    public Problem {
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    // A record compares arrays by identity; tests compare problems by content.
    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && java.util.Objects.equals(field, p.field) && messageKey.equals(p.messageKey)
                && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return 31 * messageKey.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + Arrays.toString(args);
    }
}
