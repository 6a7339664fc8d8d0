package cn.tianjin.quality.credit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** One batch of the nightly regrading, in a transaction of its own. */
@ApplicationScoped
public class GradeBatch {
    @Inject
    GradeService grades;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void regrade(List<String> codes) {
        codes.forEach(grades::regrade);
    }
}
