package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.LocaleFilter;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * A year's quality analysis report as PDF (/public/analysis-report.pdf?year=): a published report for everyone; a
 * draft for staff only, never kept by a cache. For anyone else, or a year without a report, there is none (404).
 */
@WebServlet(AnalysisPdfServlet.PATH)
public class AnalysisPdfServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String PATH = "/public/analysis-report.pdf";

    @Inject
    transient AnalysisReports reports;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Locale locale = Messages.locale(LocaleFilter.tagOf(req));
        Integer year = year(req.getParameter("year"));
        Actor actor = currentUser.actor();
        AnalysisReports.Rendered pdf;
        try {
            pdf = reports.pdf(actor, year, locale);
        } catch (NotFoundException e) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        res.setContentType("application/pdf");
        res.setContentLength(pdf.bytes().length);
        res.setHeader("Content-Disposition", "inline; filename=\"quality-analysis-" + year + (pdf.draft() ? "-draft" : "")
                + ".pdf\"");
        res.setHeader("Cache-Control", pdf.draft() || actor.userId() != null ? "private, no-store" : "public, max-age=300");
        // The words follow the reader's language cookie: a shared cache keeps one copy per language.
        res.setHeader("Vary", "Cookie");
        res.getOutputStream().write(pdf.bytes());
    }

    private static Integer year(String raw) {
        if (raw == null || !raw.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(raw.strip());
    }
}
