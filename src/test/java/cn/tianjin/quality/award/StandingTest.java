package cn.tianjin.quality.award;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.award.CommitteeRules.Outcome;
import cn.tianjin.quality.award.Standing.Code;
import cn.tianjin.quality.award.Standing.Facts;
import org.junit.jupiter.api.Test;

class StandingTest {

    @Test
    void nothingIsToldBeforeTheReviewStarts() {
        assertThat(Standing.of(new Facts(CampaignStage.ELIGIBILITY, false, null, null, null, false))).isEmpty();
    }

    @Test
    void theCommitteesDecisionIsToldOnlyOnceItIsOnDisplay() {
        Facts voted = new Facts(CampaignStage.COMMITTEE, true, Outcome.AWARD, null, null, false);
        assertThat(Standing.of(voted)).contains(Code.IN_COMMITTEE);
        assertThat(Standing.of(new Facts(CampaignStage.DISPLAY, true, Outcome.AWARD, null, null, false))).contains(Code.PROPOSED);
        assertThat(Standing.of(new Facts(CampaignStage.DISPLAY, true, Outcome.NONE, null, null, false))).contains(Code.NOT_PROPOSED);
        assertThat(Standing.of(new Facts(CampaignStage.APPROVAL, true, Outcome.NOMINATION, null, null, false)))
                .contains(Code.AWAITING_APPROVAL);
    }

    @Test
    void entriesLeftOutOfTheShortlistAreToldSoAtTheSiteVisitStage() {
        assertThat(Standing.of(new Facts(CampaignStage.REVIEW, false, null, null, null, false))).contains(Code.IN_REVIEW);
        assertThat(Standing.of(new Facts(CampaignStage.SITE_VISIT, false, null, null, null, false))).contains(Code.NOT_SHORTLISTED);
        assertThat(Standing.of(new Facts(CampaignStage.SITE_VISIT, true, null, null, null, false))).contains(Code.SITE_VISIT);
    }

    @Test
    void removalsTitlesAndRevocationsAreTold() {
        assertThat(Standing.of(new Facts(CampaignStage.DISPLAY, true, Outcome.NONE, VoteCount.Removal.OBJECTION, null, false)))
                .contains(Code.REMOVED_BY_OBJECTION);
        assertThat(Standing.of(new Facts(CampaignStage.PUBLISHED, true, Outcome.NONE, VoteCount.Removal.VETO, null, false)))
                .contains(Code.REMOVED_BY_VETO);
        assertThat(Standing.of(new Facts(CampaignStage.PUBLISHED, true, Outcome.AWARD, null, Outcome.AWARD, false))).contains(Code.WON);
        assertThat(Standing.of(new Facts(CampaignStage.PUBLISHED, true, Outcome.AWARD, null, Outcome.AWARD, true))).contains(Code.REVOKED);
        assertThat(Standing.of(new Facts(CampaignStage.PUBLISHED, false, null, null, null, false))).contains(Code.NOT_WON);
    }
}
