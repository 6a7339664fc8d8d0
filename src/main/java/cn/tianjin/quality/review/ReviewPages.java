package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.web.PublicPageRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** No public page shows an expert's score sheet, which every autosave changes. */
@ApplicationScoped
public class ReviewPages implements PublicPageRules {
    @Override
    public Set<String> privateRecords() {
        return Set.of(ScoreSheet.AUDIT_TYPE);
    }
}
