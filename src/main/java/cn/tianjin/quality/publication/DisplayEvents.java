package cn.tianjin.quality.publication;

/** Domain events of public displays, fired inside the changing transaction; programmes observe them. */
public final class DisplayEvents {
    private DisplayEvents() {
    }

    /**
     * An official upheld an objection: the entry is off the proposal. The programme whose display it is decides what
     * becomes of the freed place ({@link DisplayService#relevel}) and tells its applicant.
     */
    public record ObjectionUpheld(Long displayId, String programme, Long campaignRef, Long applicationRef, String reason) {
    }
}
