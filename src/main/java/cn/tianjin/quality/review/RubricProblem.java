package cn.tianjin.quality.review;

import java.util.Arrays;
import java.util.Objects;

/**
 * One thing wrong with a rubric, as a message key and its {@link java.text.MessageFormat} arguments; the arguments
 * always say where (category or item code, or position when the code itself is missing).
 */
public record RubricProblem(String messageKey, Object[] args) {

    public RubricProblem {
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    // A record compares arrays by identity; tests and callers compare problems by content.
    @Override
    public boolean equals(Object o) {
        return o instanceof RubricProblem p && messageKey.equals(p.messageKey) && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return 31 * messageKey.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return messageKey + Arrays.toString(args);
    }
}
