package cn.tianjin.quality.credit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The published grading rules (/public/credit-grade-rules): stateless, the version in force and the earlier ones. */
@Named
@RequestScoped
public class GradeRulesBacking {
    @Inject
    GradeService grades;

    private List<GradeRuleSet> history;

    public List<GradeRuleSet> getHistory() {
        if (history == null) {
            history = grades.ruleHistory();
        }
        return history;
    }

    public CreditGrading.Rules getRules() {
        return getHistory().get(0).rules();
    }

    public GradeRuleSet getCurrent() {
        return getHistory().get(0);
    }

    public CreditGrading.Factor[] getFactors() {
        return CreditGrading.Factor.values();
    }
}
