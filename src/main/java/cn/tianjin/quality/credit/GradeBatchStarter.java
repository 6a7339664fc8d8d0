package cn.tianjin.quality.credit;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Regrades every graded enterprise in the background, after the rules changed, so the official need not wait. */
@Stateless
public class GradeBatchStarter {
    private static final Logger LOG = Logger.getLogger(GradeBatchStarter.class.getName());

    @Inject
    GradeRefresh refresh;

    @Asynchronous
    public void start() {
        int n = refresh.regradeAll();
        LOG.info(() -> "Regraded after a change of the rules: " + n);
    }
}
