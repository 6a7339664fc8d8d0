package cn.tianjin.quality.credit;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The credit codes whose file changed during a bulk change of the current transaction, each regraded once at its end. */
@TransactionScoped
public class GradeQueue implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Set<String> codes = new LinkedHashSet<>();
    private boolean deferring;

    /** From now until the end of the transaction, changed files are queued rather than regraded one line at a time. */
    void defer() {
        deferring = true;
    }

    boolean deferring() {
        return deferring;
    }

    void add(String code) {
        codes.add(code);
    }

    /** The codes queued so far, leaving the queue empty and regrading at once again. */
    List<String> drain() {
        List<String> out = List.copyOf(codes);
        codes.clear();
        deferring = false;
        return out;
    }
}
