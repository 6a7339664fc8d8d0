package cn.tianjin.quality.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.award.CommitteeRules.Decision;
import cn.tianjin.quality.award.CommitteeRules.Outcome;
import cn.tianjin.quality.award.CommitteeRules.Reason;
import cn.tianjin.quality.award.CommitteeRules.Rules;
import cn.tianjin.quality.award.CommitteeRules.Tally;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitteeRulesTest {
    /** Nine members, quorum 6, two thirds, 5 awards and 5 nominations. */
    private static final Rules DEFAULT = Rules.twoThirds(6, 5, 5);

    @Test
    void twoThirdsOfNineIsExactlySix() {
        assertThat(CommitteeRules.carriedFor(DEFAULT, new Tally(1, 6, 0, 3))).isEqualTo(Outcome.AWARD);
        assertThat(CommitteeRules.carriedFor(DEFAULT, new Tally(1, 5, 0, 4))).isEqualTo(Outcome.NONE);
    }

    @Test
    void awardVotesCountTowardsTheNomination() {
        // 4 award + 2 nomination of 9: the award is not carried (4 < 6), the nomination is (6 >= 6).
        assertThat(CommitteeRules.carriedFor(DEFAULT, new Tally(1, 4, 2, 3))).isEqualTo(Outcome.NOMINATION);
        // 3 + 2 of 9 carries nothing.
        assertThat(CommitteeRules.carriedFor(DEFAULT, new Tally(1, 3, 2, 4))).isEqualTo(Outcome.NONE);
    }

    @Test
    void withoutQuorumNothingIsDecidedHoweverUnanimous() {
        List<Decision> d = CommitteeRules.decide(DEFAULT, List.of(new Tally(1, 5, 0, 0)));

        assertThat(d).containsExactly(new Decision(1, Outcome.NONE, Reason.NO_QUORUM, Outcome.NONE));
    }

    @Test
    void placesStayEmptyWhenTooFewEntriesAreCarried() {
        // Five award places, five nomination places, but only one entry carried for each.
        List<Decision> d = CommitteeRules.decide(DEFAULT, List.of(
                new Tally(1, 8, 1, 0), new Tally(2, 3, 4, 2), new Tally(3, 2, 2, 5)));

        assertThat(d).extracting(Decision::outcome).containsExactly(Outcome.AWARD, Outcome.NOMINATION, Outcome.NONE);
        assertThat(d.get(2).reason()).isEqualTo(Reason.NOT_CARRIED);
        assertThat(d.stream().filter(x -> x.outcome() == Outcome.AWARD).count()).isEqualTo(1);
    }

    @Test
    void quotasAreFilledInRankingOrderAndAnAwardBeyondTheQuotaFallsToANomination() {
        // One award place, one nomination place, three entries carried for the award.
        Rules tight = Rules.twoThirds(6, 1, 1);
        List<Decision> d = CommitteeRules.decide(tight, List.of(
                new Tally(10, 9, 0, 0), new Tally(11, 7, 1, 1), new Tally(12, 6, 0, 3)));

        assertThat(d).containsExactly(
                new Decision(10, Outcome.AWARD, Reason.CARRIED, Outcome.AWARD),
                new Decision(11, Outcome.NOMINATION, Reason.AWARD_QUOTA_FULL, Outcome.AWARD),
                new Decision(12, Outcome.NONE, Reason.QUOTA_FULL, Outcome.AWARD));
    }

    @Test
    void nonsenseRulesAndCountsAreRefused() {
        assertThatThrownBy(() -> new Rules(0, 2, 3, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rules(6, 4, 3, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally(1, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlaceFreedByAnUpheldObjectionGoesToTheNextCarriedEntry() {
        // One award place, one nomination place. Entry 1 carried for the award, 2 for the award but only a nomination
        // place was left, 3 carried for the nomination but no place was left, 4 carried nothing.
        Rules rules = Rules.twoThirds(6, 1, 1);
        List<Tally> ranked = List.of(new Tally(1, 9, 0, 0), new Tally(2, 7, 1, 1), new Tally(3, 2, 5, 2), new Tally(4, 1, 1, 7));
        assertThat(CommitteeRules.decide(rules, ranked)).extracting(Decision::outcome)
                .containsExactly(Outcome.AWARD, Outcome.NOMINATION, Outcome.NONE, Outcome.NONE);

        // By the rule, entry 2 (carried for the award) takes the freed award place and entry 3 the nomination place.
        assertThat(CommitteeRules.afterRemoval(rules, ranked, java.util.Set.of(1L)))
                .containsExactly(Outcome.NONE, Outcome.AWARD, Outcome.NOMINATION, Outcome.NONE);
        // Nobody below carried enough: the place stays empty all the same.
        assertThat(CommitteeRules.afterRemoval(rules, ranked, java.util.Set.of(1L, 2L, 3L)))
                .containsExactly(Outcome.NONE, Outcome.NONE, Outcome.NONE, Outcome.NONE);
    }
}
