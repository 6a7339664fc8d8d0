package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * One spot-check result with its rectification: the enterprise submits measures and evidence on
 * /enterprise/spot-check?id=, officials accept or return them on /official/spot-check?id=. Both pages show the
 * same result and steps; the service decides who may see and do what.
 */
@Named
@ViewScoped
public class SpotCheckBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PortalClock clock;

    @Inject
    SpotCheckService spotChecks;

    @Inject
    CurrentUser currentUser;

    private String id;
    private SpotCheck spotCheck;
    private List<SpotCheckStep> steps;
    private String measures;
    private transient UploadedFile evidence;
    private String note;
    private String reason;
    private LocalDate newDeadline;

    public void load() {
        Long key = Ids.parse(id);
        spotCheck = spotChecks.get(currentUser.actor(), key);
        steps = spotChecks.steps(currentUser.actor(), key);
    }

    private String page() {
        return (currentUser.actor().isStaff() ? SpotCheckRecords.OFFICIAL_PAGE : SpotCheckRecords.ENTERPRISE_PAGE)
                + spotCheck.getId();
    }

    public void submit() {
        if (evidence == null || evidence.getSize() == 0) {
            Pages.error(BusinessException.onField("evidence", "spotCheck.evidence.required"));
            return;
        }
        Pages.attempt(() -> {
            try (var in = evidence.getInputStream()) {
                spotChecks.submit(currentUser.actor(), spotCheck.getId(), spotCheck.getVersion(), measures,
                        evidence.getFileName(), in);
            }
            Pages.info("spotCheck.submitted");
            Pages.reload(page());
        });
    }

    public void accept() {
        Pages.attempt(() -> {
            spotChecks.accept(currentUser.actor(), spotCheck.getId(), spotCheck.getVersion(), note);
            Pages.info("spotCheck.accepted");
            Pages.reload(page());
        });
    }

    public void returnMeasures() {
        Pages.attempt(() -> {
            spotChecks.returnMeasures(currentUser.actor(), spotCheck.getId(), spotCheck.getVersion(), reason, newDeadline);
            Pages.info("spotCheck.returned");
            Pages.reload(page());
        });
    }

    public boolean isOverdue() {
        return spotCheck.overdueOn(clock.today());
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public SpotCheck getSpotCheck() { return spotCheck; }
    public List<SpotCheckStep> getSteps() { return steps; }
    public String getMeasures() { return measures; }
    public void setMeasures(String measures) { this.measures = measures; }
    public UploadedFile getEvidence() { return evidence; }
    public void setEvidence(UploadedFile evidence) { this.evidence = evidence; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getNewDeadline() { return newDeadline; }
    public void setNewDeadline(LocalDate newDeadline) { this.newDeadline = newDeadline; }
}
