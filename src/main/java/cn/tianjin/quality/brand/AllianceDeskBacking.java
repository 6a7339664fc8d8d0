package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.CampaignService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** An alliance evaluator's home (/alliance/): their organisation as the bureau's register has it, and its campaigns. */
@Named
@RequestScoped
public class AllianceDeskBacking {
    @Inject
    AllianceService alliance;

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentUser currentUser;

    private AllianceMember member;
    private List<Campaign> runs;

    public void load() {
        member = alliance.own(currentUser.actor());
        runs = campaigns.runBy(currentUser.actor(), member.getId());
    }

    public AllianceMember getMember() { return member; }
    public List<Campaign> getCampaigns() { return runs; }
}
