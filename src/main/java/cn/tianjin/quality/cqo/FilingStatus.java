package cn.tianjin.quality.cqo;

/** Where a CQO filing stands. */
public enum FilingStatus {
    /** Filed or filed again by the enterprise, awaiting the bureau's check. */
    FILED,
    /** Returned to the enterprise with reasons; the enterprise corrects it and files again, or withdraws it. */
    RETURNED,
    /** Accepted by the bureau: the CQO holds a registry number and counts toward the city's target. */
    REGISTERED,
    /** Was registered and is no more: replaced, transferred or cancelled. */
    ENDED,
    /** Withdrawn by the enterprise before the bureau accepted it. */
    WITHDRAWN;

    public String messageKey() {
        return "cqo.status." + name();
    }

    /** Whether the bureau has yet to accept or return it, or the enterprise to file it again. */
    public boolean pending() {
        return this == FILED || this == RETURNED;
    }
}
