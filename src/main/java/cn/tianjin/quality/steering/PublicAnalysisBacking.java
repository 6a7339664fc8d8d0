package cn.tianjin.quality.steering;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The published quality analysis reports on the public site (/public/analysis-reports), newest year first. */
@Named
@RequestScoped
public class PublicAnalysisBacking {
    @Inject
    AnalysisReports reports;

    private List<AnalysisReport> published;

    public List<AnalysisReport> getPublished() {
        if (published == null) {
            published = reports.published();
        }
        return published;
    }

    public String link(AnalysisReport r) {
        return AnalysisPdfServlet.PATH + "?year=" + r.getYear();
    }
}
