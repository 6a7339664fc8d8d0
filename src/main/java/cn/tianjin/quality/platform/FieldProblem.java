package cn.tianjin.quality.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with what a user entered: the field it belongs to ({@code team.2.name} for the third team member's
 * name, {@code SALES.2025} for one year's figure of an indicator), a message key of the bundle and its arguments. A
 * form's check lists every problem at once so a page can show each beside its field; the service runs the same check
 * again before it stores anything and refuses with the first.
 */
public record FieldProblem(String field, String messageKey, Object... args) {
    public FieldProblem {
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    /** Refuses with the first problem, on its field, when there is one. */
    public static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            FieldProblem p = problems.get(0);
            throw BusinessException.onField(p.field(), p.messageKey(), p.args());
        }
    }

    // A record compares arrays by identity; tests and callers compare problems by content.
    @Override
    public boolean equals(Object o) {
        return o instanceof FieldProblem p && Objects.equals(field, p.field) && messageKey.equals(p.messageKey)
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
