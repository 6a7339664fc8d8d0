package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.PortalClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * What the credit register says about an enterprise on the pages of others (the enterprise's own home page, the
 * official's enterprise page): {@code #{creditStatus.of(code).vetoed()}}, the grade, the rectifications due. The register of enterprises shows it
 * without asking the credit register itself, which stands above it.
 */
@Named
@RequestScoped
public class CreditStatus {
    @Inject
    PortalClock clock;

    @Inject
    CreditService credit;

    @Inject
    GradeService grades;

    @Inject
    SpotCheckService spotChecks;

    private final Map<String, CreditService.Veto> read = new HashMap<>();
    private final Map<String, CreditGrading.Result> graded = new HashMap<>();

    /** The enterprise's credit grade today, read once per request. */
    public CreditGrading.Result grade(String creditCode) {
        return graded.computeIfAbsent(creditCode, grades::gradeOf);
    }

    /** How many failed spot checks await the enterprise's rectification measures. */
    public long awaitingMeasures(String creditCode) {
        return spotChecks.awaitingMeasures(creditCode);
    }

    /** The veto on the enterprise today, read once per request. */
    public CreditService.Veto of(String creditCode) {
        return read.computeIfAbsent(creditCode, code -> credit.veto(code, clock.today()));
    }
}
