package cn.tianjin.quality.award;

import java.util.Optional;

/**
 * Where an eligible application stands once the experts take over, told to its applicant from the campaign's stage
 * and what has been decided about the entry so far. Nothing is told before it is public or final: the committee's
 * decision only once the proposal is on display, the outcome only once it is published.
 */
public final class Standing {

    /** What is known about the entry. */
    public record Facts(CampaignStage stage, boolean shortlisted, CommitteeRules.Outcome proposed, VoteCount.Removal removedFor,
                        CommitteeRules.Outcome titleLevel, boolean titleRevoked) {
    }

    /** A message of the bundle: {@code award.standing.<code>}. */
    public enum Code {
        IN_REVIEW, NOT_SHORTLISTED, SITE_VISIT, IN_COMMITTEE, PROPOSED, NOT_PROPOSED, REMOVED_BY_OBJECTION, REMOVED_BY_VETO,
        AWAITING_APPROVAL, WON, NOT_WON, REVOKED
    }

    private Standing() {
    }

    /** The standing of an eligible application, or empty before the materials review starts. */
    public static Optional<Code> of(Facts f) {
        if (f.stage().compareTo(CampaignStage.REVIEW) < 0) {
            return Optional.empty();
        }
        if (f.titleLevel() != null) {
            return Optional.of(f.titleRevoked() ? Code.REVOKED : Code.WON);
        }
        if (f.removedFor() != null && f.stage().compareTo(CampaignStage.DISPLAY) >= 0) {
            return Optional.of(f.removedFor() == VoteCount.Removal.OBJECTION ? Code.REMOVED_BY_OBJECTION : Code.REMOVED_BY_VETO);
        }
        return Optional.of(switch (f.stage()) {
            case REVIEW -> Code.IN_REVIEW;
            case SITE_VISIT -> f.shortlisted() ? Code.SITE_VISIT : Code.NOT_SHORTLISTED;
            case COMMITTEE -> f.shortlisted() ? Code.IN_COMMITTEE : Code.NOT_SHORTLISTED;
            case DISPLAY -> proposed(f) ? Code.PROPOSED : Code.NOT_PROPOSED;
            case APPROVAL -> proposed(f) ? Code.AWAITING_APPROVAL : Code.NOT_PROPOSED;
            default -> Code.NOT_WON;
        });
    }

    private static boolean proposed(Facts f) {
        return f.proposed() != null && f.proposed() != CommitteeRules.Outcome.NONE;
    }
}
