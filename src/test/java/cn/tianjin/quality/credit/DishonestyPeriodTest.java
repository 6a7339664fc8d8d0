package cn.tianjin.quality.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DishonestyPeriodTest {

    private static final LocalDate LISTED = LocalDate.of(2023, 5, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void defaultRemovalIsThreeYearsLater() {
        assertThat(DishonestyPeriod.defaultRemoval(LISTED)).isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void leapDayListingIsRemovedOnTheLastDayOfFebruary() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);

        assertThat(DishonestyPeriod.defaultRemoval(leapDay)).isEqualTo(LocalDate.of(2027, 2, 28));
        DishonestyPeriod period = DishonestyPeriod.withDefaultRemoval(leapDay);
        assertThat(period.activeOn(LocalDate.of(2027, 2, 27))).isTrue();
        assertThat(period.activeOn(LocalDate.of(2027, 2, 28))).isFalse();
    }

    @Test
    void activeFromListingDayUpToButNotOnRemovalDay() {
        DishonestyPeriod period = DishonestyPeriod.withDefaultRemoval(LISTED);

        assertThat(period.activeOn(LISTED.minusDays(1))).isFalse();
        assertThat(period.activeOn(LISTED)).isTrue();
        assertThat(period.activeOn(LocalDate.of(2026, 5, 9))).isTrue();
        assertThat(period.activeOn(LocalDate.of(2026, 5, 10))).as("removal day").isFalse();
        assertThat(period.activeOn(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void withoutRemovalDateTheEntryStaysActive() {
        DishonestyPeriod open = new DishonestyPeriod(LISTED, null, null);

        assertThat(open.effectiveEnd()).isEmpty();
        assertThat(open.activeOn(LocalDate.of(2099, 12, 31))).isTrue();
    }

    @Test
    void earlyEndWinsWhenEarlierThanRemoval() {
        LocalDate ended = LocalDate.of(2024, 8, 1);
        DishonestyPeriod period = new DishonestyPeriod(LISTED, DishonestyPeriod.defaultRemoval(LISTED), ended);

        assertThat(period.effectiveEnd()).contains(ended);
        assertThat(period.activeOn(ended.minusDays(1))).isTrue();
        assertThat(period.activeOn(ended)).isFalse();
    }

    @Test
    void removalWinsWhenEarlierThanEarlyEnd() {
        LocalDate removal = LocalDate.of(2024, 1, 1);
        DishonestyPeriod period = new DishonestyPeriod(LISTED, removal, LocalDate.of(2025, 1, 1));

        assertThat(period.effectiveEnd()).contains(removal);
    }

    @Test
    void earlyEndAloneClosesAnOpenEntry() {
        DishonestyPeriod period = new DishonestyPeriod(LISTED, null, LocalDate.of(2024, 1, 1));

        assertThat(period.effectiveEnd()).contains(LocalDate.of(2024, 1, 1));
        assertThat(period.activeOn(LocalDate.of(2024, 1, 1))).isFalse();
    }

    @Test
    void lookBackWindowIsInclusiveAtBothEnds() {
        // Listed 2023-05-10, removed 2026-05-10, so the last listed day is 2026-05-09.
        DishonestyPeriod period = DishonestyPeriod.withDefaultRemoval(LISTED);

        assertThat(period.overlaps(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 5, 9))).isFalse();
        assertThat(period.overlaps(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 5, 10))).isTrue();
        assertThat(period.overlaps(LocalDate.of(2026, 5, 9), LocalDate.of(2028, 5, 9))).isTrue();
        assertThat(period.overlaps(LocalDate.of(2026, 5, 10), LocalDate.of(2028, 5, 10))).isFalse();
        assertThat(period.overlaps(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1))).isTrue();
    }

    @Test
    void entryEndedLongAgoStillCountsInTwoYearLookBack() {
        DishonestyPeriod period = new DishonestyPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1),
                LocalDate.of(2024, 6, 30));
        LocalDate submitted = LocalDate.of(2026, 6, 1);

        assertThat(period.activeOn(submitted)).isFalse();
        assertThat(period.overlaps(submitted.minusYears(2), submitted)).isTrue();
        assertThat(period.overlaps(submitted.minusYears(1), submitted)).isFalse();
    }

    @Test
    void windowMustNotBeReversed() {
        DishonestyPeriod period = DishonestyPeriod.withDefaultRemoval(LISTED);

        assertThatThrownBy(() -> period.overlaps(TODAY, TODAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entryEndedOnItsListingDayNeverApplied() {
        DishonestyPeriod withdrawn = new DishonestyPeriod(LISTED, DishonestyPeriod.defaultRemoval(LISTED), LISTED);

        assertThat(withdrawn.activeOn(LISTED)).isFalse();
        assertThat(withdrawn.overlaps(LISTED.minusYears(1), LISTED.plusYears(1))).isFalse();
        assertThat(withdrawn.overlaps(DishonestyPeriod.withDefaultRemoval(LISTED))).isFalse();
    }

    @Test
    void periodsOverlapWhenTheyShareADay() {
        DishonestyPeriod first = DishonestyPeriod.withDefaultRemoval(LISTED);

        assertThat(first.overlaps(DishonestyPeriod.withDefaultRemoval(LISTED.plusYears(1)))).isTrue();
        assertThat(first.overlaps(DishonestyPeriod.withDefaultRemoval(LocalDate.of(2026, 5, 9)))).isTrue();
        assertThat(first.overlaps(DishonestyPeriod.withDefaultRemoval(LocalDate.of(2026, 5, 10)))).as("starts on removal day").isFalse();
        assertThat(DishonestyPeriod.withDefaultRemoval(LocalDate.of(2026, 5, 10)).overlaps(first)).isFalse();
        assertThat(first.overlaps(new DishonestyPeriod(LISTED.minusYears(10), null, null))).isTrue();
    }

    @Test
    void problemAcceptsGoodDates() {
        assertThat(DishonestyPeriod.problem(LISTED, DishonestyPeriod.defaultRemoval(LISTED), TODAY)).isEmpty();
        assertThat(DishonestyPeriod.problem(LISTED, null, TODAY)).isEmpty();
        assertThat(DishonestyPeriod.problem(TODAY, null, TODAY)).as("listed today").isEmpty();
        assertThat(DishonestyPeriod.problem(LISTED, LISTED.plusDays(1), TODAY)).isEmpty();
    }

    @Test
    void removalMustBeAfterListing() {
        assertThat(DishonestyPeriod.problem(LISTED, LISTED, TODAY)).contains("credit.removalBeforeListing");
        assertThat(DishonestyPeriod.problem(LISTED, LISTED.minusDays(1), TODAY)).contains("credit.removalBeforeListing");
    }

    @Test
    void listingMustNotBeInTheFuture() {
        assertThat(DishonestyPeriod.problem(TODAY.plusDays(1), null, TODAY)).contains("credit.listedInFuture");
        assertThat(DishonestyPeriod.problem(TODAY.plusDays(1), TODAY, TODAY)).as("future reported first")
                .contains("credit.listedInFuture");
    }

    @Test
    void listingDayIsRequired() {
        assertThatThrownBy(() -> new DishonestyPeriod(null, null, null)).isInstanceOf(NullPointerException.class);
    }
}
