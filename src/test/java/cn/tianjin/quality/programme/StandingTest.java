package cn.tianjin.quality.programme;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.programme.Standing.Code;
import cn.tianjin.quality.programme.Standing.Facts;
import cn.tianjin.quality.publication.DisplayEntry.Removal;
import cn.tianjin.quality.publication.Title;
import org.junit.jupiter.api.Test;

class StandingTest {
    private static final String AWARD = "AWARD";

    /** An entry of a programme with a shortlist (the award's), on display or not. */
    private static Facts at(Stage stage, Boolean shortlisted, boolean onDisplay, String proposed) {
        return new Facts(stage, shortlisted, onDisplay, proposed, null, null, null);
    }

    @Test
    void nothingIsToldBeforeTheReviewStarts() {
        assertThat(Standing.of(at(Stage.ELIGIBILITY, false, false, null))).isEmpty();
    }

    @Test
    void aProposalIsToldOnlyOnceItIsOnDisplay() {
        assertThat(Standing.of(at(Stage.COMMITTEE, true, false, null))).contains(Code.IN_COMMITTEE);
        assertThat(Standing.of(at(Stage.DISPLAY, true, true, AWARD))).contains(Code.PROPOSED);
        assertThat(Standing.of(at(Stage.DISPLAY, true, true, null))).contains(Code.NOT_PROPOSED);
        assertThat(Standing.of(at(Stage.APPROVAL, true, true, "NOMINATION"))).contains(Code.AWAITING_APPROVAL);
    }

    @Test
    void entriesLeftOutOfTheShortlistAreToldSoAtTheSiteVisitStage() {
        assertThat(Standing.of(at(Stage.REVIEW, false, false, null))).contains(Code.IN_REVIEW);
        assertThat(Standing.of(at(Stage.SITE_VISIT, false, false, null))).contains(Code.NOT_SHORTLISTED);
        assertThat(Standing.of(at(Stage.SITE_VISIT, true, false, null))).contains(Code.SITE_VISIT);
    }

    @Test
    void aProgrammeWithoutShortlistOrDisplayTellsNothingOfItsProposalBeforePublication() {
        assertThat(Standing.of(at(Stage.REVIEW, null, false, null))).contains(Code.IN_REVIEW);
        assertThat(Standing.of(at(Stage.APPROVAL, null, false, null))).contains(Code.IN_REVIEW);
        assertThat(Standing.of(at(Stage.PUBLISHED, null, false, null))).contains(Code.NOT_WON);
    }

    @Test
    void removalsTitlesAndWhatBecameOfThemAreTold() {
        assertThat(Standing.of(new Facts(Stage.DISPLAY, true, true, null, Removal.OBJECTION, null, null)))
                .contains(Code.REMOVED_BY_OBJECTION);
        assertThat(Standing.of(new Facts(Stage.PUBLISHED, true, true, null, Removal.VETO, null, null))).contains(Code.REMOVED_BY_VETO);
        assertThat(Standing.of(new Facts(Stage.PUBLISHED, true, true, AWARD, null, AWARD, Title.Status.VALID))).contains(Code.WON);
        assertThat(Standing.of(new Facts(Stage.PUBLISHED, true, true, AWARD, null, AWARD, Title.Status.REVOKED)))
                .contains(Code.REVOKED);
        assertThat(Standing.of(new Facts(Stage.PUBLISHED, null, true, AWARD, null, AWARD, Title.Status.EXPIRED)))
                .contains(Code.EXPIRED);
        assertThat(Standing.of(new Facts(Stage.PUBLISHED, null, true, AWARD, null, AWARD, Title.Status.SUSPENDED)))
                .contains(Code.SUSPENDED);
    }
}
