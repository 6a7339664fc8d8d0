package cn.tianjin.quality.credit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The time during which an entry on the serious dishonesty list (严重违法失信名单) is in force,
 * which is what the one-vote veto (一票否决) looks at.
 *
 * <p>All periods are half-open: the entry applies from {@code listedOn} inclusive up to, but not
 * on, its effective end. On the removal day itself the enterprise is no longer listed.
 *
 * @param listedOn  day the entry was listed; required
 * @param removalOn scheduled removal day, {@code null} when none is set (open-ended)
 * @param endedOn   day an official ended the entry early (e.g. after credit repair), {@code null} if not
 */
public record DishonestyPeriod(LocalDate listedOn, LocalDate removalOn, LocalDate endedOn) {

    /** Usual duration of a listing. */
    public static final int DEFAULT_YEARS = 3;

    public static final String REMOVAL_BEFORE_LISTING = "credit.removalBeforeListing";
    public static final String LISTED_IN_FUTURE = "credit.listedInFuture";

    public DishonestyPeriod {
        Objects.requireNonNull(listedOn, "listedOn");
    }

    /** A period with the default removal date and not ended early. */
    public static DishonestyPeriod withDefaultRemoval(LocalDate listedOn) {
        return new DishonestyPeriod(listedOn, defaultRemoval(listedOn), null);
    }

    /**
     * Listing day plus three years. A listing on 29 February is removed on 28 February, the
     * month-end rule that the Civil Code (art. 202) uses for periods without a matching day.
     */
    public static LocalDate defaultRemoval(LocalDate listedOn) {
        return listedOn.plusYears(DEFAULT_YEARS);
    }

    /** The earlier of the removal day and the early-end day; empty when neither is set. */
    public Optional<LocalDate> effectiveEnd() {
        if (removalOn == null) {
            return Optional.ofNullable(endedOn);
        }
        if (endedOn == null) {
            return Optional.of(removalOn);
        }
        return Optional.of(endedOn.isBefore(removalOn) ? endedOn : removalOn);
    }

    /** Whether the enterprise is on the list on the given day. */
    public boolean activeOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.isBefore(listedOn)) {
            return false;
        }
        return effectiveEnd().map(day::isBefore).orElse(true);
    }

    /**
     * Whether the entry was in force on any day of the inclusive window {@code [from, to]}; used
     * for look-back rules such as "listed at any time in the last two years".
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public boolean overlaps(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Window ends (" + to + ") before it starts (" + from + ")");
        }
        if (listedOn.isAfter(to)) {
            return false;
        }
        if (neverApplied()) {
            return false;
        }
        return effectiveEnd().map(e -> e.isAfter(from)).orElse(true);
    }

    /** Whether this and another period share at least one day; both treated as half-open. */
    public boolean overlaps(DishonestyPeriod other) {
        if (neverApplied() || other.neverApplied()) {
            return false;
        }
        Optional<LocalDate> otherEnd = other.effectiveEnd();
        Optional<LocalDate> thisEnd = effectiveEnd();
        boolean thisStartsBeforeOtherEnds = otherEnd.map(listedOn::isBefore).orElse(true);
        boolean otherStartsBeforeThisEnds = thisEnd.map(other.listedOn::isBefore).orElse(true);
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** An entry ended on or before its listing day (bad data, or withdrawn at once) was never in force. */
    private boolean neverApplied() {
        return effectiveEnd().map(e -> !e.isAfter(listedOn)).orElse(false);
    }

    /**
     * Validates dates entered for a new or edited entry. Returns the message key of the first
     * problem: {@value #LISTED_IN_FUTURE} when the listing day is after {@code today}, then
     * {@value #REMOVAL_BEFORE_LISTING} when the removal day is not after the listing day.
     *
     * @param removalOn may be {@code null} (the default will be applied)
     */
    public static Optional<String> problem(LocalDate listedOn, LocalDate removalOn, LocalDate today) {
        Objects.requireNonNull(listedOn, "listedOn");
        Objects.requireNonNull(today, "today");
        if (listedOn.isAfter(today)) {
            return Optional.of(LISTED_IN_FUTURE);
        }
        if (removalOn != null && !removalOn.isAfter(listedOn)) {
            return Optional.of(REMOVAL_BEFORE_LISTING);
        }
        return Optional.empty();
    }
}
