package cn.tianjin.quality.award;

import java.time.LocalDate;

/** Domain events of the China Quality Award step, fired inside the changing transaction. */
public final class NationalEvents {
    private NationalEvents() {
    }

    /** Which nominee an event is about: the edition, the enterprise (an organisation's own, or a person's employer). */
    public record About(Long nomineeId, int editionNo, NationalNominee.Kind kind, Long enterpriseId, String creditCode,
                        String enterpriseName, String personName) {
    }

    /** The bureau sent its recommendation of the nominee. */
    public record Recommended(About nominee, LocalDate on) {
    }

    /** The national award's decision on the nominee was recorded. */
    public record Decided(About nominee, NationalNominee.Outcome outcome, LocalDate on, String note) {
    }
}
