package cn.tianjin.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.assessment.SelfAssessment;
import cn.tianjin.quality.assessment.SelfAssessmentItem;
import cn.tianjin.quality.assessment.SelfAssessmentService;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.review.RubricItem;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Self-assessment on MariaDB: an enterprise scores itself, finishes, keeps its history; others never see it. */
@ExtendWith(ArquillianExtension.class)
class SelfAssessmentIT {
    private static final String GBT = "gbt19580-2012";


    @Inject
    SelfAssessmentService assessments;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().actor();
    }

    @Test
    void anApplicantScoresItsEnterpriseFinishesAndFindsItInItsHistory() {
        Actor a = actor("it-applicant-a");
        SelfAssessment started = assessments.start(a, GBT, "集成测试自评");
        var view = assessments.open(a, started.getId());
        assertThat(view.assessment().getStatus()).isEqualTo(SelfAssessment.Status.DRAFT);
        assertThat(view.assessment().getRubric().isFrozen()).as("pinned to a version that no longer changes").isTrue();
        assertThat(view.items()).hasSize(view.rubric().items().size()).allMatch(i -> i.getPercent() == null);

        // One bad percentage refuses the whole save: the good one beside it is not stored either.
        List<RubricItem> items = view.rubric().items();
        assertThatThrownBy(() -> assessments.save(a, started.getId(), started.getVersion(), List.of(
                new SelfAssessmentService.ItemInput(items.get(0).code(), 50, "好"),
                new SelfAssessmentService.ItemInput(items.get(1).code(), 33, null))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("score.item.percent.step"));
        assertThatThrownBy(() -> assessments.save(a, started.getId(), started.getVersion(), List.of(
                new SelfAssessmentService.ItemInput(items.get(0).code(), 105, null))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("score.item.percent.range"));
        assertThat(assessments.open(a, started.getId()).items()).extracting(SelfAssessmentItem::getPercent).containsOnlyNulls();

        SelfAssessment partly = assessments.save(a, started.getId(), started.getVersion(), List.of(
                new SelfAssessmentService.ItemInput(items.get(0).code(), 50, "有制度，执行一般")));
        assertThatThrownBy(() -> assessments.finish(a, started.getId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("assessment.item.missing"));

        // Every item at 50%: the total is half the rubric's points.
        List<SelfAssessmentService.ItemInput> half = items.stream()
                .map(i -> new SelfAssessmentService.ItemInput(i.code(), 50, null)).toList();
        assessments.save(a, started.getId(), partly.getVersion(), half);
        SelfAssessment finished = assessments.finish(a, started.getId());
        assertThat(finished.getTotal()).isEqualByComparingTo(BigDecimal.valueOf(view.rubric().totalPoints() / 2));
        assertThatThrownBy(() -> assessments.save(a, started.getId(), finished.getVersion(), half))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("assessment.locked"));

        assertThat(assessments.history(a, a.enterpriseId())).first()
                .satisfies(h -> assertThat(h.getId()).isEqualTo(started.getId()))
                .satisfies(h -> assertThat(h.getStatus()).isEqualTo(SelfAssessment.Status.FINISHED));
        assertThat(audit.history("self-assessment", started.getId())).extracting("action")
                .containsExactly("start", "save-draft", "save-draft", "finish");
    }

    @Test
    void aCopyStartsFromTheEarlierScoresAndLeavesTheEarlierOneAsItWas() {
        Actor a = actor("it-applicant-a");
        SelfAssessment first = assessments.start(a, "tianjin-brand-2026", null);
        RubricItem item = assessments.open(a, first.getId()).rubric().items().get(0);
        assessments.save(a, first.getId(), first.getVersion(), List.of(new SelfAssessmentService.ItemInput(item.code(), 70, "品牌认知度高")));

        SelfAssessment copy = assessments.copy(a, first.getId(), "复评");
        var copied = assessments.open(a, copy.getId());
        assertThat(copied.assessment().getRubric().getRubric().getCode()).isEqualTo("tianjin-brand-2026");
        assertThat(copied.percents()).containsEntry(item.code(), 70);
        assertThat(copied.items()).filteredOn(i -> i.getItemCode().equals(item.code()))
                .extracting(SelfAssessmentItem::getNote).containsExactly("品牌认知度高");
        assertThat(audit.history("self-assessment", copy.getId())).extracting("action").containsExactly("copy");
    }

    @Test
    void anotherEnterpriseFindsNothingStaffMayReadAndNoOneElseWrites() {
        Actor a = actor("it-applicant-a");
        Actor b = actor("it-applicant-b");
        Actor official = actor("it-official");
        SelfAssessment mine = assessments.start(a, GBT, null);
        String item = assessments.open(a, mine.getId()).rubric().items().get(0).code();
        List<SelfAssessmentService.ItemInput> input = List.of(new SelfAssessmentService.ItemInput(item, 10, null));

        assertThatThrownBy(() -> assessments.open(b, mine.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessments.save(b, mine.getId(), mine.getVersion(), input)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessments.finish(b, mine.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessments.copy(b, mine.getId(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessments.history(b, a.enterpriseId())).isInstanceOf(NotFoundException.class);
        assertThat(assessments.history(b, b.enterpriseId())).noneMatch(x -> x.getId().equals(mine.getId()));
        assertThatThrownBy(() -> assessments.open(actor("it-expert"), mine.getId())).isInstanceOf(NotFoundException.class);

        assertThat(assessments.open(official, mine.getId()).assessment().getEnterpriseId()).isEqualTo(a.enterpriseId());
        assertThat(assessments.history(official, a.enterpriseId())).anyMatch(x -> x.getId().equals(mine.getId()));
        assertThatThrownBy(() -> assessments.save(official, mine.getId(), mine.getVersion(), input))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.start(official, GBT, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.history("self-assessment", mine.getId())).extracting("action").containsExactly("start");
    }
}
