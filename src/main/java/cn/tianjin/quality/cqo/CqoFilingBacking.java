package cn.tianjin.quality.cqo;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.platform.web.RebuiltWhenNull;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One CQO filing as the bureau checks it (/official/cqo-filing?id=): the enterprise, the person (identity number
 * masked, shown whole for a stated reason), the rule outcome, the rounds and the timeline; register, return with
 * reasons, or cancel a registration.
 */
@Named
@ViewScoped
public class CqoFilingBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/official/cqo-filing?id=";

    @Inject
    CqoService cqo;

    @Inject
    EnterpriseService enterprises;

    @Inject
    CurrentUser currentUser;

    private String id;
    private Filing filing;
    private Enterprise enterprise;
    private List<TeamMember> team;
    private List<Round> rounds;
    private List<TimelineEvent> timeline;
    private String reasons;
    private String cancelReason;
    private String revealReason;
    /**
     * The number whole after a reveal: never written to the replicated session, so after a fail-over it is null and
     * the page shows the masked number again (a new reveal, a new audit entry).
     */
    @RebuiltWhenNull
    private transient String revealed;

    public void load() {
        Long key = Ids.parse(id);
        filing = cqo.get(currentUser.actor(), key);
        enterprise = enterprises.getFor(currentUser.actor(), filing.getEnterpriseId());
        team = cqo.team(currentUser.actor(), key);
        rounds = cqo.rounds(currentUser.actor(), key);
        timeline = cqo.timeline(currentUser.actor(), key);
    }

    public void register() {
        Pages.attempt(() -> {
            Filing f = cqo.register(currentUser.actor(), filing.getId(), filing.getVersion());
            Pages.info("cqo.registeredAs", f.getRegistryNumber());
            Pages.reload(PAGE + filing.getId());
        });
    }

    public void returnFiling() {
        Pages.attempt(() -> {
            cqo.returnFiling(currentUser.actor(), filing.getId(), filing.getVersion(), reasons);
            Pages.info("cqo.returnedToEnterprise");
            Pages.reload(PAGE + filing.getId());
        });
    }

    public void cancel() {
        Pages.attempt(() -> {
            cqo.cancel(currentUser.actor(), filing.getId(), filing.getVersion(), cancelReason);
            Pages.info("cqo.cancelled");
            Pages.reload(PAGE + filing.getId());
        });
    }

    /** Shows the identity number whole once the reason is in the audit log; it is kept only in this view. */
    public void reveal() {
        Pages.attempt(() -> revealed = cqo.revealIdentity(currentUser.actor(), filing.getId(), revealReason));
    }

    public String getIdShown() {
        return revealed != null ? revealed : filing.getIdMasked();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Filing getFiling() { return filing; }
    public Enterprise getEnterprise() { return enterprise; }
    public List<TeamMember> getTeam() { return team; }
    public List<Round> getRounds() { return rounds; }
    public List<TimelineEvent> getTimeline() { return timeline; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public String getRevealReason() { return revealReason; }
    public void setRevealReason(String revealReason) { this.revealReason = revealReason; }
    public boolean isRevealed() { return revealed != null; }
}
