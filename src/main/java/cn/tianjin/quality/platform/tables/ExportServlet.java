package cn.tianjin.quality.platform.tables;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.LocaleFilter;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * /export/{list}.{xlsx|csv}?filters: a list as a spreadsheet for a reader the list admits (404 for an unknown list or
 * format, 403 for one the reader may not have), headed in the reader's language, never cached, audited with its
 * filters and row count.
 */
@WebServlet(ExportServlet.PATH + "*")
public class ExportServlet extends HttpServlet {
    public static final String PATH = "/export/";
    public static final String AUDIT_TYPE = "export";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ExportServlet.class.getName());

    @Inject
    @Any
    transient Instance<ExportList> lists;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient AuditLog audit;

    @Inject
    transient PortalClock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        int dot = path.lastIndexOf('.');
        Optional<TableSink.Format> format = dot < 0 ? Optional.empty() : format(path.substring(dot + 1));
        Optional<ExportList> list = dot < 0 ? Optional.empty()
                : lists.stream().filter(l -> l.name().equals(path.substring(0, dot))).findFirst();
        if (format.isEmpty() || list.isEmpty()) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Actor actor = currentUser.actor();
        try {
            list.get().requireReader(actor);
        } catch (AccessDeniedException e) {
            LOG.info(() -> "Refused the export " + path + " to " + actor.username());
            res.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale locale = Messages.locale(LocaleFilter.tagOf(req));
        Map<String, String> filters = new TreeMap<>();
        req.getParameterMap().forEach((k, v) -> filters.put(k, v.length == 0 ? "" : v[0]));
        ExportList.Rows selected;
        try {
            selected = list.get().rows(actor, filters, locale);
        } catch (BusinessException e) {
            res.sendError(HttpServletResponse.SC_BAD_REQUEST, Messages.get(locale, e.messageKey(), e.args()));
            return;
        } catch (cn.tianjin.quality.platform.NotFoundException e) {
            LOG.info(() -> "Refused the export " + path + " to " + actor.username() + ": " + e.getMessage());
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String title = Messages.get(locale, list.get().titleKey());
        String file = title + "-" + clock.today().format(DateTimeFormatter.BASIC_ISO_DATE) + "." + format.get().extension();
        res.setContentType(format.get().contentType());
        res.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
        res.setHeader("Cache-Control", "private, no-store");
        AtomicLong rows = new AtomicLong();
        boolean whole = false;
        try {
            try (TableSink sink = TableSink.open(format.get(), res.getOutputStream(), title)) {
                sink.header(list.get().columnKeys().stream().map(k -> Messages.get(locale, k)).toList());
                selected.each(r -> {
                    sink.row(r);
                    rows.incrementAndGet();
                });
            }
            whole = true;
        } finally {
            // A download broken off (the caller gone, a failure on the way) is on the log too, with what had left.
            audit.recordServed(actor, AUDIT_TYPE, list.get().name(), "export", format.get().extension() + ", "
                    + (whole ? "" : "broken off after ") + rows.get() + " rows"
                    + (filters.isEmpty() ? "" : ", filters " + filters));
        }
    }

    private static Optional<TableSink.Format> format(String extension) {
        for (TableSink.Format f : TableSink.Format.values()) {
            if (f.extension().equals(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
