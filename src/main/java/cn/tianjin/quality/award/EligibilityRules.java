package cn.tianjin.quality.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The automatic half of the eligibility checklist: what the portal can tell from its own records before an official
 * looks. Each check gives PASS, FAIL, or REVIEW where the portal holds no record to decide on (accidents are reported to
 * other authorities), with a message key and arguments that explain the result in the reader's language.
 */
public final class EligibilityRules {

    public enum Check { TIANJIN, YEARS, INDUSTRY, CREDIT, ACCIDENTS, EARLIER_WIN }

    public enum Result { PASS, FAIL, REVIEW }

    /** A campaign's eligibility settings. An empty industry set admits every industry. */
    public record Rules(int minYears, int creditLookbackYears, int accidentLookbackYears, int majorLookbackYears,
                        int winnerExclusionYears, Set<String> industries) {

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
     * @param earlierWins the years in which the enterprise won the award before
     */
    public record Facts(boolean inTianjin, LocalDate foundedOn, String industry, List<Listing> listings,
                        List<Integer> earlierWins) {

        public Facts {
            listings = List.copyOf(listings);
            earlierWins = List.copyOf(earlierWins);
        }
    }

    /** One check's automatic result; {@code messageKey} with {@code args} says why. */
    public record Outcome(Check check, Result result, String messageKey, List<Object> args) {

        public Outcome {
            args = List.copyOf(args);
        }
    }

    private EligibilityRules() {
    }

    /** Every check, in checklist order, on the given day, for a campaign of the given year. */
    public static List<Outcome> evaluate(Rules rules, Facts facts, LocalDate today, int campaignYear) {
        Objects.requireNonNull(today, "today");
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(facts.inTianjin()
                ? outcome(Check.TIANJIN, Result.PASS, "eligibility.tianjin.pass")
                : outcome(Check.TIANJIN, Result.FAIL, "eligibility.tianjin.fail"));
        outcomes.add(years(rules, facts, today));
        outcomes.add(industry(rules, facts));
        outcomes.add(credit(rules, facts, today));
        outcomes.add(outcome(Check.ACCIDENTS, Result.REVIEW, "eligibility.accidents.review", rules.accidentLookbackYears(),
                rules.majorLookbackYears()));
        outcomes.add(earlierWin(rules, facts, campaignYear));
        return outcomes;
    }

    private static Outcome years(Rules rules, Facts facts, LocalDate today) {
        if (facts.foundedOn() == null) {
            return outcome(Check.YEARS, Result.REVIEW, "eligibility.years.unknown", rules.minYears());
        }
        LocalDate latestFounding = today.minusYears(rules.minYears());
        return facts.foundedOn().isAfter(latestFounding)
                ? outcome(Check.YEARS, Result.FAIL, "eligibility.years.fail", facts.foundedOn().toString(), rules.minYears())
                : outcome(Check.YEARS, Result.PASS, "eligibility.years.pass", facts.foundedOn().toString(), rules.minYears());
    }

    private static Outcome industry(Rules rules, Facts facts) {
        if (rules.industries().isEmpty()) {
            return outcome(Check.INDUSTRY, Result.PASS, "eligibility.industry.any");
        }
        String allowed = rules.industries().stream().sorted().collect(Collectors.joining(", "));
        return facts.industry() != null && rules.industries().contains(facts.industry())
                ? outcome(Check.INDUSTRY, Result.PASS, "eligibility.industry.pass", facts.industry(), allowed)
                : outcome(Check.INDUSTRY, Result.FAIL, "eligibility.industry.fail", String.valueOf(facts.industry()), allowed);
    }

    /** A listing that was in force at any time in the look-back window fails the check, and is cited. */
    private static Outcome credit(Rules rules, Facts facts, LocalDate today) {
        LocalDate from = today.minusYears(rules.creditLookbackYears());
        List<String> cited = facts.listings().stream()
                .filter(l -> !l.listedOn().isAfter(today) && (l.endsOn() == null || !l.endsOn().isBefore(from)))
                .map(l -> l.listedOn() + " " + l.reason() + (l.source() == null ? "" : " (" + l.source() + ")"))
                .toList();
        return cited.isEmpty()
                ? outcome(Check.CREDIT, Result.PASS, "eligibility.credit.pass", rules.creditLookbackYears())
                : outcome(Check.CREDIT, Result.FAIL, "eligibility.credit.fail", rules.creditLookbackYears(), String.join("; ", cited));
    }

    private static Outcome earlierWin(Rules rules, Facts facts, int campaignYear) {
        List<Integer> recent = facts.earlierWins().stream()
                .filter(year -> year < campaignYear && campaignYear - year <= rules.winnerExclusionYears())
                .sorted().toList();
        return recent.isEmpty()
                ? outcome(Check.EARLIER_WIN, Result.PASS, "eligibility.earlierWin.pass", rules.winnerExclusionYears())
                : outcome(Check.EARLIER_WIN, Result.FAIL, "eligibility.earlierWin.fail", recent.get(recent.size() - 1),
                        rules.winnerExclusionYears());
    }

    private static Outcome outcome(Check check, Result result, String key, Object... args) {
        return new Outcome(check, result, key, List.of(args));
    }
}
