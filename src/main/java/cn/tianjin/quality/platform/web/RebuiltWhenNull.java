package cn.tianjin.quality.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code transient} field of session-held state (view- and session-scoped beans and what they keep) as a
 * cache whose only reader rebuilds it when it is null. Such a field is not copied to the other instances of a
 * cluster and comes back null after a fail-over, which is harmless only if nothing reads it directly.
 * ReplicatedStateTest refuses every other transient field: state a page needs must survive the move.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RebuiltWhenNull {
}
