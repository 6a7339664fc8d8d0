package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
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
 * Downloads an entry's feedback report as PDF (/files/feedback?entry=): for officials once the results are locked,
 * for the entry's own applicant once the report is released; for everyone else the report does not exist.
 */
@WebServlet("/files/feedback")
public class FeedbackPdfServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient FeedbackService feedback;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Locale locale = Messages.locale(LocaleFilter.tagOf(req));
        byte[] pdf;
        try {
            pdf = feedback.pdf(currentUser.actor(), Ids.parse(req.getParameter("entry")), locale);
        } catch (NotFoundException | AccessDeniedException e) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (BusinessException e) {
            res.setContentType("text/plain;charset=UTF-8");
            res.setStatus(HttpServletResponse.SC_CONFLICT);
            res.getWriter().write(Messages.get(locale, e.messageKey(), e.args()));
            return;
        }
        res.setContentType("application/pdf");
        res.setContentLength(pdf.length);
        res.setHeader("Content-Disposition", "inline; filename=\"feedback-" + req.getParameter("entry").strip() + ".pdf\"");
        res.setHeader("Cache-Control", "private, no-store");
        res.getOutputStream().write(pdf);
    }
}
