package cn.tianjin.quality.credit;

import java.time.LocalDate;

/** Domain events of spot-check results and their rectification, fired inside the changing transaction. */
public final class SpotCheckEvents {
    private SpotCheckEvents() {
    }

    /** Which result an event is about. */
    public record About(Long spotCheckId, String creditCode, String enterpriseName, String product, String batch,
                        LocalDate checkedOn) {
        static About of(SpotCheck s) {
            return new About(s.getId(), s.getCreditCode(), s.getEnterpriseName(), s.getProduct(), s.getBatch(),
                    s.getCheckedOn());
        }
    }

    /** A passed result was recorded. */
    public record Passed(About about, String inspectionBody) {
    }

    /**
     * A failed result was recorded; rectification is due by {@code rectifyBy}. Programmes observe it to apply their own
     * rule to what the enterprise holds (open a revocation case, suspend a recognition).
     */
    public record Failed(About about, String failedItems, String inspectionBody, LocalDate rectifyBy) {
    }

    /** The enterprise submitted its rectification measures. */
    public record Submitted(About about) {
    }

    /** The bureau accepted the rectification. */
    public record Rectified(About about, LocalDate on) {
    }

    /** The bureau returned the measures; they are due again by {@code rectifyBy}. */
    public record Returned(About about, String reason, LocalDate rectifyBy) {
    }

    /** A reminder of the deadline ({@link SpotCheckReminder#DUE_SOON} or {@link SpotCheckReminder#OVERDUE}). */
    public record Reminded(About about, String kind, LocalDate deadline) {
    }

    /** Rectifications became overdue today: the bureau is told how many. */
    public record BecameOverdue(int count) {
    }
}
