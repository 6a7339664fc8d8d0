package cn.tianjin.quality.cqo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.cqo.QualificationRules.Candidate;
import cn.tianjin.quality.cqo.QualificationRules.Outcome;
import cn.tianjin.quality.cqo.QualificationRules.Rule;
import cn.tianjin.quality.cqo.QualificationRules.Shortfall;
import cn.tianjin.quality.enterprise.SizeClass;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualificationRulesTest {
    private static final QualificationRules RULES = QualificationRules.DEFAULTS;

    @Test
    void aBachelorWithFiveYearsAndTrainingQualifiesForALargeEnterprise() {
        assertThat(RULES.check(SizeClass.LARGE, new Candidate(Education.BACHELOR, 5, true)).met()).isTrue();
        assertThat(RULES.check(SizeClass.MEDIUM, new Candidate(Education.MASTER, 12, true)).met()).isTrue();
    }

    @Test
    void fourYearsAreNotFive() {
        Outcome outcome = RULES.check(SizeClass.LARGE, new Candidate(Education.DOCTORATE, 4, true));
        assertThat(outcome.met()).isFalse();
        assertThat(outcome.shortfalls()).extracting(Shortfall::messageKey).containsExactly("cqo.rule.years");
        assertThat(outcome.shortfalls().get(0).args()).containsExactly(5, 4);
    }

    @Test
    void aSmallEnterprisesCqoNeedsSecondaryTechnicalEducationAndThreeYears() {
        assertThat(RULES.check(SizeClass.SMALL, new Candidate(Education.SECONDARY_TECHNICAL, 3, true)).met()).isTrue();
        assertThat(RULES.check(SizeClass.MEDIUM, new Candidate(Education.SECONDARY_TECHNICAL, 3, true)).met()).isFalse();
    }

    @Test
    void everyRuleNotMetIsReportedAtOnce() {
        Outcome outcome = RULES.check(SizeClass.MEDIUM, new Candidate(Education.ASSOCIATE, 2, false));
        assertThat(outcome.shortfalls()).extracting(Shortfall::messageKey)
                .containsExactly("cqo.rule.education", "cqo.rule.years", "cqo.rule.training");
        assertThat(outcome.shortfalls().get(0).args()).containsExactly("cqo.education.BACHELOR", "cqo.education.ASSOCIATE");
    }

    @Test
    void theBureauMayDropTheTrainingRuleOrRaiseTheBar() {
        QualificationRules edited = new QualificationRules(Map.of(
                SizeClass.LARGE, new Rule(Education.MASTER, 8, true),
                SizeClass.MEDIUM, new Rule(Education.BACHELOR, 5, true),
                SizeClass.SMALL, new Rule(Education.SECONDARY_TECHNICAL, 3, false),
                SizeClass.MICRO, new Rule(Education.SECONDARY_TECHNICAL, 3, false)));
        assertThat(edited.check(SizeClass.MICRO, new Candidate(Education.SECONDARY_TECHNICAL, 3, false)).met()).isTrue();
        assertThat(edited.check(SizeClass.LARGE, new Candidate(Education.BACHELOR, 10, true)).met()).isFalse();
    }

    @Test
    void aRuleSetMustCoverEverySize() {
        assertThatThrownBy(() -> new QualificationRules(Map.of(SizeClass.LARGE, new Rule(Education.BACHELOR, 5, true))))
                .hasMessageContaining("MEDIUM");
    }
}
