package cn.tianjin.quality.platform.tables;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A problem of an uploaded table: the line (0 for the file as a whole), the column as the file names it (null when the
 * problem is the row's or the file's), a message key of the bundle and its arguments.
 */
public record RowError(int line, String column, String messageKey, Serializable[] args) implements Serializable {
    public RowError {
        args = args == null ? new Serializable[0] : args.clone();
    }

    public static RowError of(int line, String column, String messageKey, Object... args) {
        Serializable[] a = new Serializable[args == null ? 0 : args.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = args[i] instanceof Serializable s ? s : String.valueOf(args[i]);
        }
        return new RowError(line, column, messageKey, a);
    }

    @Override
    public Serializable[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowError e && e.line == line && java.util.Objects.equals(e.column, column)
                && e.messageKey.equals(messageKey) && Arrays.equals(e.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(line, column, messageKey) + Arrays.hashCode(args);
    }
}
