package cn.tianjin.quality.award;

import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A committee member's ballots (/expert/committee): one per campaign whose committee is voting. */
@Named
@ViewScoped
public class BallotBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeService committee;

    @Inject
    CurrentUser currentUser;

    private Map<Campaign, List<CommitteeService.BallotLine>> ballots;

    public void load() {
        ballots = new LinkedHashMap<>();
        for (Campaign c : committee.voting(currentUser.actor())) {
            ballots.put(c, committee.ballot(currentUser.actor(), c.getId()));
        }
    }

    public void vote(Long campaignId, Long applicationId, String choice) {
        try {
            committee.vote(currentUser.actor(), campaignId, applicationId, CommitteeRules.Outcome.valueOf(choice));
            Pages.info("committee.vote.cast");
        } catch (BusinessException e) {
            Pages.error(e);
        } catch (NotFoundException e) {
            Pages.error("committee.vote.gone");
        }
        load();
    }

    public List<Campaign> getCampaigns() { return List.copyOf(ballots.keySet()); }
    public Map<Campaign, List<CommitteeService.BallotLine>> getBallots() { return ballots; }
}
