package cn.tianjin.quality.platform;

import jakarta.ejb.ApplicationException;
import java.io.Serial;

/**
 * Something the user can fix: carries a message key of the bundle and its arguments. Thrown by services;
 * the transaction rolls back so stored data stays as it was, and the page shows the message.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
    @Serial private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;
    private final String field;

    public BusinessException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private BusinessException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** A problem tied to one input field, so the page can show it beside that field. */
    public static BusinessException onField(String field, String messageKey, Object... args) {
        return new BusinessException(field, messageKey, args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }

    public String field() {
        return field;
    }
}
