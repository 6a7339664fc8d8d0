package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The applicant's released feedback reports, listed on the enterprise desk. */
@Named
@RequestScoped
public class MyFeedbackBacking {
    @Inject
    FeedbackService feedback;

    @Inject
    CurrentUser currentUser;

    private List<ReviewEntry> reports;

    public List<ReviewEntry> getReports() {
        if (reports == null) {
            reports = feedback.released(currentUser.actor());
        }
        return reports;
    }
}
