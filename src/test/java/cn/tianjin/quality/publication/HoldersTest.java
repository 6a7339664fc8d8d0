package cn.tianjin.quality.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.publication.Holders.ByYear;
import cn.tianjin.quality.publication.Holders.Held;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The city's rule for counting title holders, worked by hand. */
class HoldersTest {
    private static final Title.Status VALID = Title.Status.VALID;

    @Test
    void anEnterpriseWithTwoTitlesCountsOnce() {
        assertThat(Holders.count(List.of(new Held(1L, VALID, 2021), new Held(1L, VALID, 2023), new Held(2L, VALID, 2022))))
                .isEqualTo(2);
    }

    @Test
    void aRevokedTitleDoesNotCountButTheHoldersOtherTitleStillDoes() {
        List<Held> titles = List.of(new Held(1L, Title.Status.REVOKED, 2024), new Held(2L, Title.Status.REVOKED, 2020),
                new Held(2L, VALID, 2022));
        assertThat(Holders.count(titles)).isEqualTo(1);
        assertThat(Holders.cumulative(titles, 2024)).containsExactly(new ByYear(2022, 1), new ByYear(2023, 1),
                new ByYear(2024, 1));
    }

    @Test
    void importedAndExpiredTitlesCountLikeAnyOther() {
        // Imported titles from before the portal carry their own year and status; an expired one was still won.
        List<Held> titles = List.of(new Held(7L, Title.Status.EXPIRED, 2016), new Held(8L, VALID, 2019),
                new Held(9L, Title.Status.SUSPENDED, 2025));
        assertThat(Holders.count(titles)).isEqualTo(3);
    }

    @Test
    void theRunningCountAddsEachEnterpriseInTheYearOfItsFirstStandingTitle() {
        List<Held> titles = List.of(new Held(1L, VALID, 2019), new Held(2L, VALID, 2019), new Held(1L, VALID, 2021),
                new Held(3L, VALID, 2021), new Held(3L, VALID, 2019 + 5));
        assertThat(Holders.cumulative(titles, 2025)).containsExactly(new ByYear(2019, 2), new ByYear(2020, 2),
                new ByYear(2021, 3), new ByYear(2022, 3), new ByYear(2023, 3), new ByYear(2024, 3), new ByYear(2025, 3));
    }

    @Test
    void noTitlesNoCount() {
        assertThat(Holders.count(List.of())).isZero();
        assertThat(Holders.cumulative(List.of(), 2026)).isEmpty();
    }
}
