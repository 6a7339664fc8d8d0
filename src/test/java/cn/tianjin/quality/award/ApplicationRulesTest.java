package cn.tianjin.quality.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApplicationRulesTest {

    @Test
    void withdrawalIsPossibleUntilRecommendation() {
        assertThat(ApplicationStatus.DRAFT.canMoveTo(ApplicationStatus.WITHDRAWN)).isTrue();
        assertThat(ApplicationStatus.SUBMITTED.canMoveTo(ApplicationStatus.WITHDRAWN)).isTrue();
        assertThat(ApplicationStatus.RETURNED.canMoveTo(ApplicationStatus.WITHDRAWN)).isTrue();
        assertThat(ApplicationStatus.RECOMMENDED.canMoveTo(ApplicationStatus.WITHDRAWN)).isFalse();
        assertThat(ApplicationStatus.WITHDRAWN.canMoveTo(ApplicationStatus.SUBMITTED)).isFalse();
    }

    @Test
    void onlyDraftsAndReturnedApplicationsAreEdited() {
        assertThat(ApplicationStatus.DRAFT.isEditable()).isTrue();
        assertThat(ApplicationStatus.RETURNED.isEditable()).isTrue();
        assertThat(ApplicationStatus.SUBMITTED.isEditable()).isFalse();
        assertThat(ApplicationStatus.RETURNED.canMoveTo(ApplicationStatus.SUBMITTED)).isTrue();
    }

    @Test
    void campaignsMoveForwardOneStageAtATime() {
        assertThat(CampaignStage.DRAFT.next()).isEqualTo(CampaignStage.OPEN);
        assertThat(CampaignStage.RECOMMENDATION.next()).isEqualTo(CampaignStage.ELIGIBILITY);
        assertThatThrownBy(CampaignStage.PUBLISHED::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void narrativesKeepFormattingAndLoseScriptsLinksAndHandlers() {
        String typed = "<h2>领导作用</h2><p onclick=\"x()\"><strong>高层</strong>推动<a href=\"http://evil\">质量</a></p>"
                + "<script>alert(1)</script><ul><li>一</li></ul><img src=x onerror=alert(2)>";

        String safe = Narratives.sanitise(typed);

        assertThat(safe).contains("<h2>领导作用</h2>").contains("<strong>高层</strong>").contains("<li>一</li>")
                .doesNotContain("script").doesNotContain("onclick").doesNotContain("href").doesNotContain("onerror")
                .doesNotContain("<img");
        assertThat(Narratives.sanitise("<p> </p><script>alert(1)</script>")).isNull();
        assertThat(Narratives.sanitise(null)).isNull();
    }

    @Test
    void campaignSettingsAreCheckedWithTheFieldNamed() {
        AwardCampaign c = new AwardCampaign();
        c.setName("2026年度天津质量奖");
        c.setYear(2026);
        c.setApplicationsOpen(java.time.LocalDate.of(2026, 3, 1));
        c.setApplicationsClose(java.time.LocalDate.of(2026, 2, 1));
        c.setRecommendationDeadline(java.time.LocalDate.of(2026, 5, 1));
        assertThatThrownBy(() -> CampaignService.validate(c))
                .isInstanceOfSatisfying(cn.tianjin.quality.platform.BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaign.dates.closeBeforeOpen"));
        c.setApplicationsClose(java.time.LocalDate.of(2026, 4, 1));
        c.setIndustries(" c, d ");
        CampaignService.validate(c);
        assertThat(c.getIndustries()).isEqualTo("C,D");
        c.setIndustries("C;Z");
        assertThatThrownBy(() -> CampaignService.validate(c))
                .isInstanceOfSatisfying(cn.tianjin.quality.platform.BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaign.industries.invalid"));
    }
}
