package cn.tianjin.quality.assessment;

import cn.tianjin.quality.platform.web.PublicPageRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** No public page shows an enterprise's self-assessment, which every autosave changes. */
@ApplicationScoped
public class AssessmentPages implements PublicPageRules {
    @Override
    public Set<String> privateRecords() {
        return Set.of(SelfAssessmentService.AUDIT_TYPE);
    }
}
