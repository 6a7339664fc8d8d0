package cn.tianjin.quality.award;

/**
 * The stages of an award campaign, in order (DOMAIN.md): a campaign moves one stage forward at a time.
 */
public enum CampaignStage {
    /** Being prepared; not visible to applicants. */
    DRAFT,
    /** Applications are taken between the opening and closing dates. */
    OPEN,
    /** Recommenders give their opinions; returned applications may be resubmitted until the recommendation deadline. */
    RECOMMENDATION,
    /** Officials check eligibility and credit. */
    ELIGIBILITY,
    /** Materials review by the expert panels. */
    REVIEW,
    SITE_VISIT,
    COMMITTEE,
    DISPLAY,
    APPROVAL,
    PUBLISHED;

    /** The stage after this one; the last stage has none. */
    public CampaignStage next() {
        CampaignStage[] all = values();
        if (ordinal() == all.length - 1) {
            throw new IllegalStateException("A published campaign has no further stage");
        }
        return all[ordinal() + 1];
    }

    public boolean isLast() {
        return this == PUBLISHED;
    }
}
