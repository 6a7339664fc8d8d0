package cn.tianjin.quality.cqo;

import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.enterprise.SizeClass;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.FieldProblem;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The enterprise's CQO page (/enterprise/cqo): the registered CQO with changes and cancellation, the filing that
 * awaits the bureau or was returned (its rounds, the reasons, the form to correct it), the form to file a CQO, and
 * the history of every filing with its timeline.
 */
@Named
@ViewScoped
public class EnterpriseCqoBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/enterprise/cqo";
    private static final int EMPTY_TEAM_ROWS = 3;

    @Inject
    CqoService cqo;

    @Inject
    IdentityKeys keys;

    @Inject
    ReportService reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    EnterpriseService enterprises;

    private QualificationRules.Rule rule;
    private SizeClass size;
    private List<Filing> filings;
    private Filing registered;
    private Filing pending;
    private List<TeamMember> registeredTeam;
    private List<TeamMember> pendingTeam;
    private List<Round> pendingRounds;
    private List<TimelineEvent> timeline;
    private FilingForm form;
    private String duties;
    private List<FilingForm.Member> team;
    private String cancelReason;
    private boolean changing;
    private transient UploadedFile letter;

    public void load() {
        Actor actor = currentUser.actor();
        filings = cqo.ofEnterprise(actor, actor.enterpriseId());
        size = enterprises.getFor(actor, actor.enterpriseId()).getSize();
        rule = cqo.currentRules().rules().ruleFor(size);
        registered = filings.stream().filter(f -> f.getStatus() == FilingStatus.REGISTERED).findFirst().orElse(null);
        pending = filings.stream().filter(f -> f.getStatus().pending()).findFirst().orElse(null);
        registeredTeam = registered == null ? List.of() : cqo.team(actor, registered.getId());
        pendingRounds = pending == null ? List.of() : cqo.rounds(actor, pending.getId());
        pendingTeam = pending == null ? List.of() : cqo.team(actor, pending.getId());
        Filing latest = pending != null ? pending : registered != null ? registered : filings.isEmpty() ? null : filings.get(0);
        timeline = latest == null ? List.of() : cqo.timeline(actor, latest.getId());
        if (pending != null && pending.getStatus() == FilingStatus.RETURNED) {
            form = pending.toForm();
            form.setTeam(members(pendingTeam));
        } else {
            form = new FilingForm();
            form.setTeam(new ArrayList<>());
        }
        padTeam(form.getTeam());
        if (registered != null) {
            duties = registered.getDuties();
            team = members(registeredTeam);
            padTeam(team);
        }
    }

    private static List<FilingForm.Member> members(List<TeamMember> stored) {
        List<FilingForm.Member> out = new ArrayList<>();
        stored.forEach(t -> out.add(new FilingForm.Member(t.getName(), t.getRole(), t.getQualification())));
        return out;
    }

    private static void padTeam(List<FilingForm.Member> list) {
        for (int i = 0; i < EMPTY_TEAM_ROWS; i++) {
            list.add(new FilingForm.Member());
        }
    }

    /** Files a new CQO: every problem of the form shown beside its field first, then the service's own check. */
    public void file() {
        if (!checked(true)) {
            return;
        }
        if (letter == null || letter.getSize() == 0) {
            Pages.error(BusinessException.onField("letter", "cqo.letter.required"));
            return;
        }
        Pages.attempt(() -> {
            try (InputStream in = letter.getInputStream()) {
                cqo.file(currentUser.actor(), currentUser.actor().enterpriseId(), form, letter.getFileName(), in);
            }
            Pages.info("cqo.filed");
            Pages.reload(PAGE);
        });
    }

    /** Files the returned filing again, corrected; the identity number left empty keeps the one filed before. */
    public void fileAgain() {
        if (!checked(false)) {
            return;
        }
        Pages.attempt(() -> {
            boolean withLetter = letter != null && letter.getSize() > 0;
            try (InputStream in = withLetter ? letter.getInputStream() : null) {
                cqo.fileAgain(currentUser.actor(), pending.getId(), pending.getVersion(), form,
                        withLetter ? letter.getFileName() : null, in);
            }
            Pages.info("cqo.filedAgain");
            Pages.reload(PAGE);
        });
    }

    public void withdraw() {
        Pages.attempt(() -> {
            cqo.withdraw(currentUser.actor(), pending.getId(), pending.getVersion());
            Pages.info("cqo.withdrawn");
            Pages.reload(PAGE);
        });
    }

    public void startChange() {
        changing = true;
    }

    public void change() {
        Pages.attempt(() -> {
            cqo.change(currentUser.actor(), registered.getId(), registered.getVersion(), duties, team);
            Pages.info("cqo.changed");
            Pages.reload(PAGE);
        });
    }

    public void cancel() {
        Pages.attempt(() -> {
            cqo.cancel(currentUser.actor(), registered.getId(), registered.getVersion(), cancelReason);
            Pages.info("cqo.cancelled");
            Pages.reload(PAGE);
        });
    }

    public void addTeamRow() {
        form.getTeam().add(new FilingForm.Member());
    }

    private boolean checked(boolean idRequired) {
        List<FieldProblem> problems = FilingCheck.problems(form, clock.today(), idRequired);
        for (FieldProblem p : problems) {
            if (p.field().startsWith("team.")) {
                String[] parts = p.field().split("\\.");
                Pages.error("cqo.team.rowProblem", Integer.parseInt(parts[1]) + 1, Pages.text("cqo.label.member." + parts[2]),
                        Pages.text(p.messageKey(), p.args()));
            } else {
                Pages.error(BusinessException.onField(p.field(), p.messageKey(), p.args()));
            }
        }
        if (!problems.isEmpty()) {
            padTeam(form.getTeam());
        }
        return problems.isEmpty();
    }

    /** The rule the enterprise's filing is checked against, in one sentence. */
    public String getRuleText() {
        return Pages.text(rule.trainingRequired() ? "cqo.rules.forSize.training" : "cqo.rules.forSize",
                Pages.text("size.inSentence." + size.name()), Pages.text(rule.minimumEducation().messageKey()), rule.minimumYears());
    }

    /** The year whose report is asked for now. */
    public int getReportYear() {
        return ReportSchedule.reportYearOn(clock.today());
    }

    /** Whether the registered CQO was registered by the end of the year whose report is asked for now. */
    public boolean isReportDue() {
        return registered != null && !registered.getRegisteredOn().isAfter(LocalDate.of(getReportYear(), 12, 31));
    }

    public LocalDate getReportDeadline() {
        return reports.schedule().deadline(getReportYear());
    }

    public boolean isKeysReady() { return keys.ready(); }
    public List<Filing> getFilings() { return filings; }
    public Filing getRegistered() { return registered; }
    public Filing getPending() { return pending; }
    public List<TeamMember> getRegisteredTeam() { return registeredTeam; }
    public List<TeamMember> getPendingTeam() { return pendingTeam; }
    public List<Round> getPendingRounds() { return pendingRounds; }
    public List<TimelineEvent> getTimeline() { return timeline; }
    public FilingForm getForm() { return form; }
    public boolean isChanging() { return changing; }
    public String getDuties() { return duties; }
    public void setDuties(String duties) { this.duties = duties; }
    public List<FilingForm.Member> getTeam() { return team; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public UploadedFile getLetter() { return letter; }
    public void setLetter(UploadedFile letter) { this.letter = letter; }
    public IdentityDocument[] getIdKinds() { return IdentityDocument.values(); }
    public Education[] getEducations() { return Education.values(); }
    public TeamRole[] getTeamRoles() { return TeamRole.values(); }
}
