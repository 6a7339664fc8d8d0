package cn.tianjin.quality.programme;

/**
 * The stages of a campaign, in the order every programme goes through them (DOMAIN.md). A programme uses all of them
 * or leaves some out ({@link Programme#stages()}): recommendation, review, site visit, committee and display are its
 * choice; the others every campaign passes.
 */
public enum Stage {
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
    /** The proposal on public display (公示), open to objections. */
    DISPLAY,
    /** Waiting for the approving authority's decision, then publication. */
    APPROVAL,
    PUBLISHED;

    /** Stages every campaign passes, whatever its programme. */
    public static final java.util.Set<Stage> ALWAYS = java.util.EnumSet.of(DRAFT, OPEN, ELIGIBILITY, APPROVAL, PUBLISHED);

    public boolean isLast() {
        return this == PUBLISHED;
    }

    /**
     * The stage after this one among a programme's stages.
     *
     * @throws IllegalStateException for the last stage, or a stage the programme does not use
     */
    public Stage next(java.util.List<Stage> programmeStages) {
        int at = programmeStages.indexOf(this);
        if (at < 0 || at == programmeStages.size() - 1) {
            throw new IllegalStateException(this + " has no next stage in " + programmeStages);
        }
        return programmeStages.get(at + 1);
    }
}
