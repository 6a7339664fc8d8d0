package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.pdf.PdfFonts;
import cn.tianjin.quality.platform.security.CurrentUser;
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
 * A title's certificate as PDF (/files/certificate?serial=), for the holder and staff, in every programme. The
 * certificate is a Chinese official document, so it is printed in Chinese whatever the reader's language, with the
 * programme's own citation and issuer; its QR code points to the public verification page. Only a valid title has a
 * certificate to print.
 */
@WebServlet("/files/certificate")
public class CertificateServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient TitleService titles;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PortalConfig config;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Locale reader = Messages.locale(LocaleFilter.tagOf(req));
        Title t;
        try {
            t = titles.forCertificate(currentUser.actor(), req.getParameter("serial"));
        } catch (NotFoundException | AccessDeniedException e) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (t.isImported()) {
            res.setContentType("text/plain;charset=UTF-8");
            res.setStatus(HttpServletResponse.SC_CONFLICT);
            res.getWriter().write(Messages.get(reader, "certificate.imported", t.getOriginalNumber() == null ? "—"
                    : t.getOriginalNumber()));
            return;
        }
        if (!t.isValid()) {
            res.setContentType("text/plain;charset=UTF-8");
            res.setStatus(HttpServletResponse.SC_CONFLICT);
            res.getWriter().write(Messages.get(reader, "certificate.notValid", new Messages.Key(
                    "title.status." + t.getStatus())));
            return;
        }
        Locale zh = Messages.CHINESE;
        String levelName = Messages.get(zh, "title.level." + t.getLevel());
        CertificatePdf.Certificate c = new CertificatePdf.Certificate(t.getSerial(), t.getEnterpriseName(), t.getCreditCode(),
                t.getSubjectName(), levelName, t.getYear(), chineseDate(t.getPublishedOn()), t.getApprovalDocument(),
                verifyUrl(config.baseUrl(), t.getSerial()));
        CertificatePdf.Labels labels = new CertificatePdf.Labels(Messages.get(zh, "certificate.pdf.title", levelName),
                Messages.get(zh, "certificate.pdf.body." + t.getProgramme()), Messages.get(zh, "certificate.pdf.serial"),
                Messages.get(zh, "certificate.pdf.issuedOn"), Messages.get(zh, "certificate.pdf.approval"),
                t.getIssuer() != null ? t.getIssuer() : Messages.get(zh, "certificate.pdf.issuer." + t.getProgramme()),
                Messages.get(zh, "certificate.pdf.verifyHint"));
        byte[] pdf = new CertificatePdf(PdfFonts.find(config.pdfFont())).render(c, labels);
        res.setContentType("application/pdf");
        res.setContentLength(pdf.length);
        res.setHeader("Content-Disposition", "inline; filename=\"certificate-" + t.getSerial() + ".pdf\"");
        res.setHeader("Cache-Control", "private, no-store");
        res.getOutputStream().write(pdf);
    }

    /** The public page the QR code opens. */
    static String verifyUrl(String baseUrl, String serial) {
        return baseUrl + "/public/verify?serial=" + URLEncoder.encode(serial, StandardCharsets.UTF_8);
    }

    private static String chineseDate(java.time.LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
