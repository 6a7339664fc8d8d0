package cn.tianjin.quality.programme;

import cn.tianjin.quality.publication.DisplayEntry;
import cn.tianjin.quality.publication.Title;
import java.util.Optional;

/**
 * Where an eligible application stands once the experts take over, told to its applicant from the campaign's stage
 * and what has been decided about the entry so far. Nothing is told before it is public or final: a proposal only once
 * it is on display, the outcome only once it is published.
 */
public final class Standing {

    /**
     * What is known about the entry.
     *
     * @param shortlisted    whether it went on after the review, or null where the programme has no such step
     * @param onDisplay      whether the campaign's display ranks it
     * @param proposedLevel  the level the display proposes it for now, or null
     */
    public record Facts(Stage stage, Boolean shortlisted, boolean onDisplay, String proposedLevel,
                        DisplayEntry.Removal removedFor, String titleLevel, Title.Status titleStatus) {
    }

    /** A message of the bundle: {@code application.standing.<code>}. */
    public enum Code {
        IN_REVIEW, NOT_SHORTLISTED, SITE_VISIT, IN_COMMITTEE, PROPOSED, NOT_PROPOSED, REMOVED_BY_OBJECTION, REMOVED_BY_VETO,
        AWAITING_APPROVAL, WON, NOT_WON, SUSPENDED, EXPIRED, REVOKED
    }

    private Standing() {
    }

    /** The standing of an eligible application, or empty before the materials review starts. */
    public static Optional<Code> of(Facts f) {
        if (f.stage().compareTo(Stage.REVIEW) < 0) {
            return Optional.empty();
        }
        if (f.titleLevel() != null) {
            return Optional.of(switch (f.titleStatus()) {
                case REVOKED -> Code.REVOKED;
                case EXPIRED -> Code.EXPIRED;
                case SUSPENDED -> Code.SUSPENDED;
                case VALID -> Code.WON;
            });
        }
        if (f.removedFor() != null && f.stage().compareTo(Stage.DISPLAY) >= 0) {
            return Optional.of(f.removedFor() == DisplayEntry.Removal.OBJECTION ? Code.REMOVED_BY_OBJECTION : Code.REMOVED_BY_VETO);
        }
        boolean notShortlisted = Boolean.FALSE.equals(f.shortlisted());
        return Optional.of(switch (f.stage()) {
            case REVIEW -> Code.IN_REVIEW;
            case SITE_VISIT -> notShortlisted ? Code.NOT_SHORTLISTED : Code.SITE_VISIT;
            case COMMITTEE -> notShortlisted ? Code.NOT_SHORTLISTED : Code.IN_COMMITTEE;
            case DISPLAY -> f.proposedLevel() != null ? Code.PROPOSED : Code.NOT_PROPOSED;
            // Without a display nothing of the proposal is public before it is published.
            case APPROVAL -> !f.onDisplay() ? Code.IN_REVIEW : f.proposedLevel() != null ? Code.AWAITING_APPROVAL : Code.NOT_PROPOSED;
            case PUBLISHED -> Code.NOT_WON;
            default -> Code.IN_REVIEW;
        });
    }
}
