package cn.tianjin.quality.platform;

import jakarta.ejb.ApplicationException;
import java.io.Serial;

/**
 * The caller may not see or change the object asked for. Pages and the API answer 404 for it, so that a
 * guessed id tells nothing about what exists; the refusal is logged with who asked for what.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {
    @Serial private static final long serialVersionUID = 1L;

    public AccessDeniedException(String what) {
        super(what);
    }
}
