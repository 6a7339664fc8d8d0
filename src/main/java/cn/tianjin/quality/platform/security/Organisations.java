package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.platform.BusinessException;
import java.util.Optional;

/**
 * The organisations whose staff hold accounts of their own role (the brand alliance's member organisations, for
 * evaluators), as the feature that keeps them answers: the platform asks whether one may act now, so that the staff of a
 * suspended organisation can neither log in nor go on in a session opened before the suspension.
 */
public interface Organisations {

    /** Whether the organisation exists and is not suspended. */
    boolean active(Long id);

    /** The organisation's name, or empty when there is none of that id. */
    Optional<String> name(Long id);

    /**
     * The name of an organisation that may act now, for a form naming it on {@code field}: refused with
     * {@code requiredKey} when there is none of that id, with {@code suspendedKey} (and its name) while it is suspended.
     */
    default String activeName(Long id, String field, String requiredKey, String suspendedKey) {
        String name = name(id).orElseThrow(() -> BusinessException.onField(field, requiredKey));
        if (!active(id)) {
            throw BusinessException.onField(field, suspendedKey, name);
        }
        return name;
    }

    /** The organisations that may act now, by name, each id with its name: for a choice on a form. */
    java.util.Map<Long, String> active();
}
