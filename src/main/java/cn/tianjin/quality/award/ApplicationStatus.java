package cn.tianjin.quality.award;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an application stands. The moves allowed between them are listed here once, so every service asks the same
 * question: {@link #canMoveTo(ApplicationStatus)}.
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
            SUBMITTED, EnumSet.of(RETURNED, WITHDRAWN, RECOMMENDED),
            RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN),
            WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class),
            RECOMMENDED, EnumSet.of(ELIGIBLE, INELIGIBLE),
            ELIGIBLE, EnumSet.of(INELIGIBLE),
            INELIGIBLE, EnumSet.of(ELIGIBLE));

    public boolean canMoveTo(ApplicationStatus target) {
        return MOVES.get(this).contains(target);
    }

    /** The applicant may still change what it wrote. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
