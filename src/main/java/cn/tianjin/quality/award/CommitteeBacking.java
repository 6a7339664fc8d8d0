package cn.tianjin.quality.award;

import cn.tianjin.quality.programme.CampaignSettingsService;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.CampaignService;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.review.ExpertService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The committee of one campaign (/official/committee?id=): shortlist, members, counts and decisions. */
@Named
@ViewScoped
public class CommitteeBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeService committee;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignSettingsService awardSettings;

    @Inject
    ExpertService experts;

    @Inject
    CurrentUser currentUser;

    private String id;
    private Campaign campaign;
    private AwardSettings settings;
    private List<CommitteeService.Candidate> candidates;
    private List<UserAccount> members;
    private List<UserAccount> pool;
    private List<VoteCount> counts;
    private final Map<Long, Boolean> chosen = new HashMap<>();
    private final Map<Long, String> titles = new HashMap<>();
    private Long memberId;

    public void load() {
        campaign = campaigns.get(currentUser.actor(), Ids.parse(id));
        settings = awardSettings.of(AwardSettings.class, campaign.getId());
        if (!Pages.attempt(() -> candidates = committee.candidates(currentUser.actor(), campaign.getId()))) {
            candidates = List.of();
        }
        chosen.clear();
        candidates.forEach(c -> {
            chosen.put(c.applicationId(), c.shortlisted());
            titles.put(c.applicationId(), c.rank() + ". " + c.title() + " · " + c.enterpriseName());
        });
        members = committee.members(currentUser.actor(), campaign.getId());
        pool = experts.activeExperts();
        counts = committee.counts(currentUser.actor(), campaign.getId());
    }

    private void act(Runnable action, String doneKey) {
        Pages.attempt(() -> {
            action.run();
            Pages.info(doneKey);
            load();
        });
    }

    public void saveShortlist() {
        List<Long> ids = new ArrayList<>();
        chosen.forEach((app, yes) -> {
            if (Boolean.TRUE.equals(yes)) {
                ids.add(app);
            }
        });
        act(() -> committee.setShortlist(currentUser.actor(), campaign.getId(), ids), "committee.shortlist.saved");
    }

    public void appoint() {
        act(() -> committee.appoint(currentUser.actor(), campaign.getId(), memberId), "committee.member.appointed");
    }

    public void close() {
        act(() -> committee.close(currentUser.actor(), campaign.getId()), "committee.closedDone");
    }

    public Campaign getCampaign() { return campaign; }
    public AwardSettings getSettings() { return settings; }
    public List<CommitteeService.Candidate> getCandidates() { return candidates; }
    public List<UserAccount> getMembers() { return members; }
    public List<UserAccount> getPool() { return pool; }
    public List<VoteCount> getCounts() { return counts; }
    public Map<Long, Boolean> getChosen() { return chosen; }
    public Map<Long, String> getTitles() { return titles; }
    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
