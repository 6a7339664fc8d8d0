package cn.tianjin.quality.cqo;

/** How a registration ended. */
public enum EndKind {
    /** Another person was registered as the enterprise's CQO. */
    REPLACED,
    /** The person was registered as the CQO of another enterprise. */
    TRANSFERRED,
    /** Cancelled by the enterprise or by the bureau, with a reason. */
    CANCELLED;

    public String messageKey() {
        return "cqo.end." + name();
    }
}
