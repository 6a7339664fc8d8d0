package cn.tianjin.quality.cqo;

import cn.tianjin.quality.enterprise.SizeClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a person may be filed as an enterprise's CQO: for the enterprise's size, a lowest education, a least number of
 * whole years in quality work, and whether CQO training must be completed. The rules are the bureau's settings (an
 * official edits them, each edit a new version); {@link #DEFAULTS} are those of ../shared/DOMAIN.md: large and medium
 * enterprises a bachelor's degree and five years, small and micro ones secondary technical education and three years,
 * training for all.
 *
 * <p>Every rule not met is reported, not only the first, so the enterprise sees at once all it must change.
 */
public final class QualificationRules {

    /** The rule for one size of enterprise. */
    public record Rule(Education minimumEducation, int minimumYears, boolean trainingRequired) implements java.io.Serializable {
        public Rule {
            if (minimumEducation == null || minimumYears < 0 || minimumYears > 60) {
                throw new IllegalArgumentException("A rule needs an education and 0 to 60 years");
            }
        }
    }

    /** What the filing says of the person. */
    public record Candidate(Education education, int yearsInQuality, boolean trained) {
    }

    /** One rule not met: a message key and its arguments ({0} what is asked, {1} what was given). */
    public record Shortfall(String messageKey, Object... args) {
    }

    /** The outcome: met when there is no shortfall. */
    public record Outcome(SizeClass size, Rule rule, List<Shortfall> shortfalls) {
        public boolean met() {
            return shortfalls.isEmpty();
        }
    }

    public static final QualificationRules DEFAULTS = new QualificationRules(Map.of(
            SizeClass.LARGE, new Rule(Education.BACHELOR, 5, true),
            SizeClass.MEDIUM, new Rule(Education.BACHELOR, 5, true),
            SizeClass.SMALL, new Rule(Education.SECONDARY_TECHNICAL, 3, true),
            SizeClass.MICRO, new Rule(Education.SECONDARY_TECHNICAL, 3, true)));

    private final Map<SizeClass, Rule> rules;

    /** @throws IllegalArgumentException unless there is a rule for every size */
    public QualificationRules(Map<SizeClass, Rule> rules) {
        for (SizeClass size : SizeClass.values()) {
            if (rules.get(size) == null) {
                throw new IllegalArgumentException("No qualification rule for size " + size);
            }
        }
        this.rules = new EnumMap<>(rules);
    }

    public Rule ruleFor(SizeClass size) {
        return rules.get(size);
    }

    public Outcome check(SizeClass size, Candidate candidate) {
        Rule rule = ruleFor(size);
        List<Shortfall> shortfalls = new ArrayList<>();
        if (candidate.education() == null || !candidate.education().atLeast(rule.minimumEducation())) {
            shortfalls.add(new Shortfall("cqo.rule.education", rule.minimumEducation().messageKey(),
                    candidate.education() == null ? "" : candidate.education().messageKey()));
        }
        if (candidate.yearsInQuality() < rule.minimumYears()) {
            shortfalls.add(new Shortfall("cqo.rule.years", rule.minimumYears(), candidate.yearsInQuality()));
        }
        if (rule.trainingRequired() && !candidate.trained()) {
            shortfalls.add(new Shortfall("cqo.rule.training"));
        }
        return new Outcome(size, rule, List.copyOf(shortfalls));
    }
}
