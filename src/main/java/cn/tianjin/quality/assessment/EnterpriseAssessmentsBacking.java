package cn.tianjin.quality.assessment;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** An enterprise's self-assessments as staff see them on the enterprise's page (read only). */
@Named
@RequestScoped
public class EnterpriseAssessmentsBacking {
    @Inject
    SelfAssessmentService assessments;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private List<SelfAssessmentsBacking.Row> rows;

    public List<SelfAssessmentsBacking.Row> of(String enterpriseId) {
        if (rows == null) {
            rows = assessments.history(currentUser.actor(), Ids.parse(enterpriseId)).stream()
                    .map(a -> SelfAssessmentsBacking.Row.of(a, language)).toList();
        }
        return rows;
    }
}
