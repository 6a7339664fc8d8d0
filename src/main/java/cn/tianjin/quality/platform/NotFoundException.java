package cn.tianjin.quality.platform;

import jakarta.ejb.ApplicationException;
import java.io.Serial;

/** The object asked for does not exist (or is hidden from the caller: see {@link AccessDeniedException}). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {
    @Serial private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what);
    }
}
