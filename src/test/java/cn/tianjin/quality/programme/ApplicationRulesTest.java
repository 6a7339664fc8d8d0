package cn.tianjin.quality.programme;

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
    void campaignsMoveForwardOneStageOfTheirProgrammeAtATime() {
        java.util.List<Stage> all = java.util.List.of(Stage.values());
        java.util.List<Stage> withoutVisitsOrCommittee = java.util.List.of(Stage.DRAFT, Stage.OPEN, Stage.RECOMMENDATION,
                Stage.ELIGIBILITY, Stage.REVIEW, Stage.DISPLAY, Stage.APPROVAL, Stage.PUBLISHED);
        assertThat(Stage.DRAFT.next(all)).isEqualTo(Stage.OPEN);
        assertThat(Stage.REVIEW.next(all)).isEqualTo(Stage.SITE_VISIT);
        assertThat(Stage.REVIEW.next(withoutVisitsOrCommittee)).isEqualTo(Stage.DISPLAY);
        assertThatThrownBy(() -> Stage.PUBLISHED.next(all)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Stage.SITE_VISIT.next(withoutVisitsOrCommittee)).isInstanceOf(IllegalStateException.class);
        assertThat(Stage.ALWAYS).allMatch(withoutVisitsOrCommittee::contains);
    }

    @Test
    void aSubmittedApplicationAwaitsEligibilityAfterItsRecommendationWhereTheProgrammeHasOne() {
        assertThat(ApplicationStatus.RECOMMENDED.awaitsEligibility(true)).isTrue();
        assertThat(ApplicationStatus.SUBMITTED.awaitsEligibility(true)).isFalse();
        assertThat(ApplicationStatus.SUBMITTED.awaitsEligibility(false)).isTrue();
        assertThat(ApplicationStatus.SUBMITTED.canMoveTo(ApplicationStatus.ELIGIBLE)).isTrue();
    }

    @Test
    void aChecklistKeepsItsExplanationAsKeyAndArgumentsForTheReadersLanguage() {
        var outcome = EligibilityRules.outcome(EligibilityRules.YEARS, EligibilityRules.Result.PASS, "eligibility.years.pass",
                "2010-05-01", 3);
        String stored = EligibilityItem.encode(outcome.args());
        assertThat(EligibilityItem.decode(stored)).containsExactly("2010-05-01", 3L);
        var item = new EligibilityItem(1L, outcome);
        assertThat(item.autoText(cn.tianjin.quality.platform.web.Messages.CHINESE)).isEqualTo("成立于2010-05-01，已满3年。");
        assertThat(item.autoText(cn.tianjin.quality.platform.web.Messages.ENGLISH)).contains("2010-05-01").contains("3");
        assertThat(EligibilityItem.decode(null)).isEmpty();
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
        Campaign c = new Campaign();
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
