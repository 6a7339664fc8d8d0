package cn.tianjin.quality.programme;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an application stands, in every programme. The moves allowed between them are listed here once, so every
 * service asks the same question: {@link #canMoveTo(ApplicationStatus)}. A submitted application goes to eligibility
 * directly in a programme without recommendation; the workflow checks the stage.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    WITHDRAWN,
    RECOMMENDED,
    ELIGIBLE,
    INELIGIBLE;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> MOVES = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(RETURNED, WITHDRAWN, RECOMMENDED, ELIGIBLE, INELIGIBLE),
            RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN),
            WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class),
            RECOMMENDED, EnumSet.of(ELIGIBLE, INELIGIBLE),
            ELIGIBLE, EnumSet.of(INELIGIBLE),
            INELIGIBLE, EnumSet.of(ELIGIBLE));

    public boolean canMoveTo(ApplicationStatus target) {
        return MOVES.get(this).contains(target);
    }

    /** Submitted and on its way: recommended, or submitted where the programme has no recommendation. */
    public boolean awaitsEligibility(boolean recommendation) {
        return recommendation ? this == RECOMMENDED : this == SUBMITTED;
    }

    /** The applicant may still change what it wrote. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
