package cn.tianjin.quality.credit;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The credit file page (/enterprise/credit-file?id=&kind=): the enterprise's own, or any for staff. The timeline,
 * narrowed to one kind of line when asked; the commitments and standards the enterprise declares (it adds and
 * withdraws them, officials mark one breached); the interviews officials record, with what followed.
 */
@Named
@ViewScoped
public class CreditFileBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/enterprise/credit-file?id=";

    @Inject
    PortalClock clock;

    @Inject
    EnterpriseService enterprises;

    @Inject
    CreditFile creditFile;

    @Inject
    CreditService credit;

    @Inject
    DeclarationService declarations;

    @Inject
    InterviewService interviews;

    @Inject
    GradeService grades;

    @Inject
    CurrentUser currentUser;

    private String id;
    private String kind;
    private Enterprise enterprise;
    private List<CreditEvent> events;
    private CreditService.Veto veto;
    private List<Declaration> declared;
    private List<Interview> held;
    private CreditGrading.Result grade;
    private List<GradeRecord> gradeHistory;
    private DeclarationForm declaration = new DeclarationForm();
    private final Map<Long, String> breachReasons = new HashMap<>();
    private final Map<Long, String> followUps = new HashMap<>();
    private LocalDate heldOn;
    private String reason;
    private String attendees;
    private String requiredActions;

    public void load() {
        Long key = Ids.parse(id);
        enterprise = enterprises.getFor(currentUser.actor(), key);
        CreditKinds.Group group = getGroup();
        events = creditFile.timeline(currentUser.actor(), key).stream().filter(e -> CreditKinds.shows(group, e.getKind())).toList();
        veto = credit.veto(enterprise.getCreditCode(), clock.today());
        declared = declarations.of(currentUser.actor(), key);
        held = interviews.of(currentUser.actor(), key);
        held.forEach(i -> followUps.put(i.getId(), i.getFollowUp()));
        grade = grades.gradeOf(enterprise.getCreditCode());
        gradeHistory = grades.history(currentUser.actor(), key);
        if (declaration.getDeclaredOn() == null) {
            declaration.setDeclaredOn(clock.today());
        }
    }

    private String page() {
        return PAGE + enterprise.getId();
    }

    public void declare() {
        Pages.attempt(() -> {
            declarations.declare(currentUser.actor(), enterprise.getId(), declaration);
            Pages.info("declaration.declared");
            Pages.reload(page());
        });
    }

    public void withdraw(Declaration d) {
        Pages.attempt(() -> {
            declarations.withdraw(currentUser.actor(), d.getId(), d.getVersion());
            Pages.info("declaration.withdrawn");
            Pages.reload(page());
        });
    }

    public void markBreached(Declaration d) {
        Pages.attempt(() -> {
            declarations.markBreached(currentUser.actor(), d.getId(), d.getVersion(), breachReasons.get(d.getId()));
            Pages.info("declaration.breached");
            Pages.reload(page());
        });
    }

    public void recordInterview() {
        Pages.attempt(() -> {
            interviews.record(currentUser.actor(), enterprise.getId(), heldOn, reason, attendees, requiredActions);
            Pages.info("interview.recorded");
            Pages.reload(page());
        });
    }

    public void followUp(Interview i) {
        Pages.attempt(() -> {
            interviews.followUp(currentUser.actor(), i.getId(), i.getVersion(), followUps.get(i.getId()));
            Pages.info("interview.followedUp");
            Pages.reload(page());
        });
    }

    /** The group the timeline is narrowed to. */
    public CreditKinds.Group getGroup() {
        return CreditKinds.parse(kind);
    }

    public CreditKinds.Group[] getGroups() {
        return CreditKinds.Group.values();
    }

    /** Whether the caller is one of the enterprise's own accounts (who declares), not staff (who decide). */
    public boolean isOwn() {
        return currentUser.actor().belongsTo(enterprise.getId());
    }

    public boolean isStaff() {
        return currentUser.actor().isStaff();
    }

    public Declaration.Kind[] getKinds() {
        return Declaration.Kind.values();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Enterprise getEnterprise() { return enterprise; }
    public List<CreditEvent> getEvents() { return events; }
    public CreditService.Veto getVeto() { return veto; }
    public List<Declaration> getDeclared() { return declared; }
    public List<Interview> getHeld() { return held; }
    public CreditGrading.Result getGrade() { return grade; }
    public List<GradeRecord> getGradeHistory() { return gradeHistory; }
    public DeclarationForm getDeclaration() { return declaration; }
    public Map<Long, String> getBreachReasons() { return breachReasons; }
    public Map<Long, String> getFollowUps() { return followUps; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getAttendees() { return attendees; }
    public void setAttendees(String attendees) { this.attendees = attendees; }
    public String getRequiredActions() { return requiredActions; }
    public void setRequiredActions(String requiredActions) { this.requiredActions = requiredActions; }
}
