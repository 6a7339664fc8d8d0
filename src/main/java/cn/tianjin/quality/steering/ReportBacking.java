package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/** One periodic report (/official/report?id=): its last periods, each filer's figures, who is late, the totals. */
@Named
@ViewScoped
public class ReportBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PeriodicReports reports;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private PeriodicReports.Detail detail;

    public void load() {
        detail = reports.detail(currentUser.actor(), id);
    }

    public void retire() {
        Pages.attempt(() -> {
            reports.retire(currentUser.actor(), id, detail.report().getVersion());
            Pages.info("report.retired.done");
        });
        load();
    }

    public String name() {
        return detail.report().name(Pages.locale());
    }

    public String label(ReportField f) {
        return f.label(Pages.locale());
    }

    public String number(BigDecimal n) {
        return n == null ? "—" : n.stripTrailingZeros().toPlainString();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PeriodicReports.Detail getDetail() { return detail; }
}
