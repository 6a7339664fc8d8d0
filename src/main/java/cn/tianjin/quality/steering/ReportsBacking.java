package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Periodic reports (/official/reports): the reports with their latest period (filed, late), and the form that defines
 * a new one (names, period, first period, days to file, filers, up to six figures, each perhaps feeding a target).
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PeriodicReports reports;

    @Inject
    TargetService targets;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    private List<PeriodicReports.Summary> all;
    private List<PeriodicReports.Filer> candidates;
    private List<CityTarget> recorded;
    private ReportDraft draft;

    public void load() {
        all = reports.all(currentUser.actor());
        candidates = reports.candidates(currentUser.actor());
        recorded = targets.reported();
        if (draft == null) {
            draft = new ReportDraft();
            draft.setFirstPeriod(ReportPeriod.containing(draft.getKind(), clock.today()).key());
        }
    }

    public void create() {
        Pages.attempt(() -> {
            PeriodicReport r = reports.create(currentUser.actor(), draft);
            Pages.info("report.created", r.getNameZh());
            draft = null;
        });
        load();
    }

    public String targetName(CityTarget t) {
        return t.name(Pages.locale());
    }

    public String name(PeriodicReport r) {
        return r.name(Pages.locale());
    }

    public List<ReportPeriod.Kind> getKinds() {
        return List.of(ReportPeriod.Kind.values());
    }

    public List<PeriodicReports.Summary> getAll() { return all; }
    public List<PeriodicReports.Filer> getCandidates() { return candidates; }
    public List<CityTarget> getRecorded() { return recorded; }
    public ReportDraft getDraft() { return draft; }
}
