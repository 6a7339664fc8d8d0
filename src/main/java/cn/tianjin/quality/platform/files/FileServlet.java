package cn.tianjin.quality.platform.files;

import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Serves /files/{id} to users who may see the attachment's owner; 404 to everyone else. */
@WebServlet("/files/*")
public class FileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FileServlet.class.getName());

    @Inject
    transient AttachmentService attachments;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Attachment a;
        try {
            String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
            a = attachments.get(currentUser.actor(), Long.valueOf(path));
        } catch (NumberFormatException | NotFoundException e) {
            LOG.log(Level.INFO, "Refused file {0} for {1} from {2}",
                    new Object[] {req.getPathInfo(), req.getRemoteUser(), ClientAddress.of(req)});
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        res.setContentType(a.getContentType());
        res.setContentLengthLong(a.getSizeBytes());
        // PDFs and images may be shown inside our own pages (the materials viewer); everything else downloads.
        boolean inline = req.getParameter("inline") != null
                && (a.getContentType().equals("application/pdf") || a.getContentType().startsWith("image/"));
        if (inline) {
            res.setHeader("X-Frame-Options", "SAMEORIGIN");
            res.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'");
        }
        res.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(a.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        res.setHeader("Cache-Control", "private, no-store");
        try (InputStream in = attachments.open(a)) {
            in.transferTo(res.getOutputStream());
        }
    }
}
