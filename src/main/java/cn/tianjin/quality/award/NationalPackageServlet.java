package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Downloads an edition's China Quality Award package (/official/national-package?round=&amp;format=pdf|zip) for
 * staff; each download is on the audit log.
 */
@WebServlet("/official/national-package")
public class NationalPackageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient NationalPackage packages;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient AuditLog audit;

    @Inject
    transient NationalService national;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Locale locale = Messages.locale(LocaleFilter.tagOf(req));
        Actor actor = currentUser.actor();
        Long round = Ids.parse(req.getParameter("round"));
        String format = req.getParameter("format");
        if (!"pdf".equals(format) && !"zip".equals(format)) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = "national-" + round + "." + format;
        try {
            if ("pdf".equals(format)) {
                byte[] pdf = packages.pdf(actor, round, locale);
                res.setContentType("application/pdf");
                res.setContentLength(pdf.length);
                headers(res, name);
                res.getOutputStream().write(pdf);
                audit.recordServed(actor, NationalRound.AUDIT_TYPE, round, "package", "pdf");
            } else {
                // Read access before anything is written, so a refusal is a clean 404 rather than a broken zip.
                national.detail(actor, round);
                res.setContentType("application/zip");
                headers(res, name);
                int files = packages.zip(actor, round, locale, res.getOutputStream());
                audit.recordServed(actor, NationalRound.AUDIT_TYPE, round, "package", "zip, " + files + " files");
            }
        } catch (NotFoundException | AccessDeniedException e) {
            if (!res.isCommitted()) {
                res.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    private static void headers(HttpServletResponse res, String name) {
        res.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        res.setHeader("Cache-Control", "private, no-store");
    }
}
