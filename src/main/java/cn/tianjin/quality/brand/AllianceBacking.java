package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.security.AccountStatus;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.StaffAccountService;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The brand alliance's register (/official/alliance): the members with their kind, accreditation and standing, the form
 * that admits one, suspension with a reason or reinstatement, and the evaluator accounts of each member.
 */
@Named
@ViewScoped
public class AllianceBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String PAGE = "/official/alliance";

    @Inject
    AllianceService alliance;

    @Inject
    StaffAccountService staffAccounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private List<AllianceMember> members;
    private String name;
    private String creditCode;
    private AllianceMember.Kind kind;
    private String accreditation;
    private Long suspendId;
    private String reason;
    /** Each member's evaluator accounts as the page shows them: name, username and, unless active, the status. */
    private java.util.Map<Long, List<String>> evaluators;
    private Long evaluatorMemberId;
    private String evaluatorUsername;
    private String evaluatorName;
    private String evaluatorEmail;
    private String evaluatorPhone;
    private Role evaluatorRole = Role.EVALUATOR;

    public void load() {
        members = alliance.members(currentUser.actor());
        evaluators = new java.util.HashMap<>();
        staffAccounts.evaluators(currentUser.actor()).forEach((member, accounts) -> evaluators.put(member,
                accounts.stream().map(AllianceBacking::line).toList()));
    }

    private static String line(UserAccount a) {
        return Pages.text("brand.alliance.staff." + a.getRole().name()) + " " + a.getDisplayName() + " (" + a.getUsername() + ")"
                + (a.getStatus() == AccountStatus.ACTIVE ? "" : " · " + Pages.text("accountStatus." + a.getStatus()));
    }

    /** Makes an evaluator account of a member; its holder gets an invitation to choose a password. */
    public void addEvaluator() {
        if (Pages.attempt(() -> {
            if (evaluatorMemberId == null) {
                throw cn.tianjin.quality.platform.BusinessException.onField("evaluatorMember", "account.organisation.required");
            }
            UserAccount a = staffAccounts.createOrganisationStaff(currentUser.actor(), evaluatorMemberId,
                    new StaffAccountService.StaffAccountForm(evaluatorUsername, evaluatorName, evaluatorEmail, evaluatorPhone,
                            null, null, null, language.getTag()), evaluatorRole);
            Pages.info(a.getRole() == Role.EXPERT ? "brand.alliance.expertAdded" : "brand.alliance.evaluatorAdded",
                    a.getUsername(), a.getOrganisation());
            Pages.reload(PAGE);
        })) {
            return;
        }
        load();
    }

    public void admit() {
        if (Pages.attempt(() -> {
            AllianceMember m = alliance.admit(currentUser.actor(),
                    new AllianceService.Admission(name, creditCode, kind, accreditation));
            Pages.info("brand.alliance.admitted", m.getName());
            Pages.reload(PAGE);
        })) {
            return;
        }
        load();
    }

    public void suspend() {
        if (Pages.attempt(() -> {
            AllianceMember m = find(suspendId);
            alliance.suspend(currentUser.actor(), m.getId(), m.getVersion(), reason);
            Pages.info("brand.alliance.suspended", m.getName());
            Pages.reload(PAGE);
        })) {
            return;
        }
        load();
    }

    public void reinstate(Long id) {
        if (Pages.attempt(() -> {
            AllianceMember m = find(id);
            alliance.reinstate(currentUser.actor(), m.getId(), m.getVersion());
            Pages.info("brand.alliance.reinstated", m.getName());
            Pages.reload(PAGE);
        })) {
            return;
        }
        load();
    }

    /** The member as this page read it (its version is what the change expects). */
    private AllianceMember find(Long id) {
        if (id == null) {
            throw cn.tianjin.quality.platform.BusinessException.onField("suspendId", "brand.alliance.memberRequired");
        }
        return members.stream().filter(m -> m.getId().equals(id)).findFirst()
                .orElseThrow(() -> new cn.tianjin.quality.platform.NotFoundException("alliance member " + id));
    }

    /** The members that may be suspended. */
    public List<AllianceMember> getAdmitted() {
        return members.stream().filter(m -> !m.isSuspended()).toList();
    }

    public List<AllianceMember.Kind> getKinds() {
        return List.of(AllianceMember.Kind.values());
    }

    public List<String> evaluatorsOf(Long memberId) {
        return evaluators.getOrDefault(memberId, List.of());
    }

    public List<AllianceMember> getMembers() { return members; }
    public List<Role> getStaffRoles() { return List.of(Role.EVALUATOR, Role.EXPERT); }
    public Role getEvaluatorRole() { return evaluatorRole; }
    public void setEvaluatorRole(Role evaluatorRole) { this.evaluatorRole = evaluatorRole; }
    public Long getEvaluatorMemberId() { return evaluatorMemberId; }
    public void setEvaluatorMemberId(Long evaluatorMemberId) { this.evaluatorMemberId = evaluatorMemberId; }
    public String getEvaluatorUsername() { return evaluatorUsername; }
    public void setEvaluatorUsername(String evaluatorUsername) { this.evaluatorUsername = evaluatorUsername; }
    public String getEvaluatorName() { return evaluatorName; }
    public void setEvaluatorName(String evaluatorName) { this.evaluatorName = evaluatorName; }
    public String getEvaluatorEmail() { return evaluatorEmail; }
    public void setEvaluatorEmail(String evaluatorEmail) { this.evaluatorEmail = evaluatorEmail; }
    public String getEvaluatorPhone() { return evaluatorPhone; }
    public void setEvaluatorPhone(String evaluatorPhone) { this.evaluatorPhone = evaluatorPhone; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public AllianceMember.Kind getKind() { return kind; }
    public void setKind(AllianceMember.Kind kind) { this.kind = kind; }
    public String getAccreditation() { return accreditation; }
    public void setAccreditation(String accreditation) { this.accreditation = accreditation; }
    public Long getSuspendId() { return suspendId; }
    public void setSuspendId(Long suspendId) { this.suspendId = suspendId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
