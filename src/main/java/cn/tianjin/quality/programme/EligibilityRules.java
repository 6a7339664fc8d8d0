package cn.tianjin.quality.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The automatic half of the eligibility checklist every programme shares: what the portal can tell from its own records
 * before an official looks. Each check gives PASS, FAIL, or REVIEW where the portal holds no record to decide on, with a
 * message key and arguments that explain the result in the reader's language (the checklist stores the key and the
 * arguments, never the rendered text). A programme adds checks of its own ({@link Programme#ownChecks}); a check's name
 * is the bundle's {@code eligibility.check.<code>}.
 */
public final class EligibilityRules {

    /** The codes of the shared checks, in checklist order. */
    public static final String TIANJIN = "TIANJIN";
    public static final String YEARS = "YEARS";
    public static final String INDUSTRY = "INDUSTRY";
    public static final String CREDIT = "CREDIT";
    public static final String EARLIER_WIN = "EARLIER_WIN";
    public static final String GRADE = "GRADE";

    public enum Result { PASS, FAIL, REVIEW }

    /** A campaign's eligibility settings. An empty industry set admits every industry. */
    public record Rules(int minYears, int creditLookbackYears, int winnerExclusionYears, Set<String> industries) {

        public Rules {
            industries = Set.copyOf(industries);
        }
    }

    /** A dishonesty listing of the enterprise, as the credit register holds it. */
    public record Listing(long entryId, String reason, String source, LocalDate listedOn, LocalDate endsOn) {
    }

    /**
     * What the portal knows of the applicant.
     *
     * @param earlierWins the years in which the enterprise received the programme's excluding level before
     */
    public record Facts(boolean inTianjin, LocalDate foundedOn, String industry, List<Listing> listings,
                        List<Integer> earlierWins) {

        public Facts {
            listings = List.copyOf(listings);
            earlierWins = List.copyOf(earlierWins);
        }
    }

    /** One check's automatic result; {@code messageKey} with {@code args} says why. */
    public record Outcome(String check, Result result, String messageKey, List<Object> args) {

        public Outcome {
            args = List.copyOf(args);
        }
    }

    private EligibilityRules() {
    }

    /** Every shared check, in checklist order, on the given day, for a campaign of the given year. */
    public static List<Outcome> standard(Rules rules, Facts facts, LocalDate today, int campaignYear) {
        Objects.requireNonNull(today, "today");
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(facts.inTianjin()
                ? outcome(TIANJIN, Result.PASS, "eligibility.tianjin.pass")
                : outcome(TIANJIN, Result.FAIL, "eligibility.tianjin.fail"));
        outcomes.add(years(rules, facts, today));
        outcomes.add(industry(rules, facts));
        outcomes.add(credit(rules, facts, today));
        outcomes.add(earlierWin(rules, facts, campaignYear));
        return outcomes;
    }

    private static Outcome years(Rules rules, Facts facts, LocalDate today) {
        if (facts.foundedOn() == null) {
            return outcome(YEARS, Result.REVIEW, "eligibility.years.unknown", rules.minYears());
        }
        LocalDate latestFounding = today.minusYears(rules.minYears());
        return facts.foundedOn().isAfter(latestFounding)
                ? outcome(YEARS, Result.FAIL, "eligibility.years.fail", facts.foundedOn().toString(), rules.minYears())
                : outcome(YEARS, Result.PASS, "eligibility.years.pass", facts.foundedOn().toString(), rules.minYears());
    }

    private static Outcome industry(Rules rules, Facts facts) {
        if (rules.industries().isEmpty()) {
            return outcome(INDUSTRY, Result.PASS, "eligibility.industry.any");
        }
        String allowed = rules.industries().stream().sorted().collect(Collectors.joining(", "));
        return facts.industry() != null && rules.industries().contains(facts.industry())
                ? outcome(INDUSTRY, Result.PASS, "eligibility.industry.pass", facts.industry(), allowed)
                : outcome(INDUSTRY, Result.FAIL, "eligibility.industry.fail", String.valueOf(facts.industry()), allowed);
    }

    /** A listing that was in force at any time in the look-back window fails the check, and is cited. */
    private static Outcome credit(Rules rules, Facts facts, LocalDate today) {
        LocalDate from = today.minusYears(rules.creditLookbackYears());
        List<String> cited = facts.listings().stream()
                .filter(l -> !l.listedOn().isAfter(today) && (l.endsOn() == null || !l.endsOn().isBefore(from)))
                .map(l -> l.listedOn() + " " + l.reason() + (l.source() == null ? "" : " (" + l.source() + ")"))
                .toList();
        return cited.isEmpty()
                ? outcome(CREDIT, Result.PASS, "eligibility.credit.pass", rules.creditLookbackYears())
                : outcome(CREDIT, Result.FAIL, "eligibility.credit.fail", rules.creditLookbackYears(), String.join("; ", cited));
    }

    private static Outcome earlierWin(Rules rules, Facts facts, int campaignYear) {
        List<Integer> recent = facts.earlierWins().stream()
                .filter(year -> year < campaignYear && campaignYear - year <= rules.winnerExclusionYears())
                .sorted().toList();
        return recent.isEmpty()
                ? outcome(EARLIER_WIN, Result.PASS, "eligibility.earlierWin.pass", rules.winnerExclusionYears())
                : outcome(EARLIER_WIN, Result.FAIL, "eligibility.earlierWin.fail", recent.get(recent.size() - 1),
                        rules.winnerExclusionYears());
    }

    /**
     * The credit grade check: passes when the campaign asks for none, or the enterprise's grade is the minimum or
     * better (A is best, D worst); the grade and its score are cited either way.
     */
    public static Outcome creditGrade(String minimum, String grade, int score) {
        if (minimum == null || minimum.isBlank()) {
            return outcome(GRADE, Result.PASS, "eligibility.grade.none", grade, score);
        }
        return grade.compareTo(minimum) <= 0
                ? outcome(GRADE, Result.PASS, "eligibility.grade.pass", grade, score, minimum)
                : outcome(GRADE, Result.FAIL, "eligibility.grade.fail", grade, score, minimum);
    }

    /** An outcome of a check, for the programmes' own checks too. */
    public static Outcome outcome(String check, Result result, String key, Object... args) {
        return new Outcome(check, result, key, List.of(args));
    }
}
