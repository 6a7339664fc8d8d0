package cn.tianjin.quality.demo;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.review.PanelService;
import cn.tianjin.quality.review.ResultsService;
import cn.tianjin.quality.review.ReviewAssignment;
import cn.tianjin.quality.review.ReviewEntry;
import cn.tianjin.quality.review.ReviewRoundService;
import cn.tianjin.quality.review.RubricService;
import cn.tianjin.quality.review.ScoreSheetService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Review rounds outside any campaign, set up by hand as officials may: one waiting for its panels, so the assignment
 * can be tried at once, and one whose panels have scored and which is now in consensus.
 */
@ApplicationScoped
class ReviewSeeder {
    @PersistenceContext
    EntityManager em;

    @Inject
    RubricService rubrics;

    @Inject
    ReviewRoundService rounds;

    @Inject
    PanelService panels;

    @Inject
    ScoreSheetService sheets;

    @Inject
    ResultsService results;

    /** A round of six entries of the given programme, waiting for its panels. */
    void waitingForPanels(String programme, String title, List<Enterprise> made) {
        var rubric = rubrics.latest("gbt19580-2012").orElseThrow();
        var round = rounds.create(Actor.system(), programme, title, rubric.getId(), 3);
        for (int i : new int[] {0, 1, 2, 3, 4, 6}) {
            Enterprise e = made.get(i);
            rounds.addEntry(Actor.system(), round.getId(), e.getId(), e.getName() + "质量管理模式", "DEMO", null, null);
        }
    }

    /**
     * A round whose three-member panels have scored on the given rubric, now in consensus: the first entry is in
     * dispute (one expert marked its first item far higher), so the results page, the consensus page and the
     * calibration all have content.
     */
    void inConsensus(String programme, String title, String rubricCode, List<Enterprise> made) {
        var rubric = rubrics.latest(rubricCode).orElseThrow();
        var round = rounds.create(Actor.system(), programme, title, rubric.getId(), 3);
        int[] entryLevels = {70, 60, 55, 45};
        for (int i = 0; i < entryLevels.length; i++) {
            Enterprise e = made.get(7 + i);
            rounds.addEntry(Actor.system(), round.getId(), e.getId(), e.getName() + "质量经验", "DEMO", null, null);
        }
        panels.assignByDraw(Actor.system(), round.getId(), 20260101L);
        List<ReviewEntry> entries = rounds.entries(Actor.system(), round.getId());
        List<ReviewAssignment> seats = panels.assignments(Actor.system(), round.getId());
        for (ReviewAssignment seat : seats) {
            UserAccount expert = em.find(UserAccount.class, seat.getExpertUserId());
            int entryIndex = entries.stream().map(ReviewEntry::getId).toList().indexOf(seat.getEntryId());
            int level = entryLevels[entryIndex] + bias(expert.getUsername());
            var sheet = sheets.open(expert.actor(), seat.getId());
            boolean disputed = entryIndex == 0 && seat.getId().equals(seats.stream()
                    .filter(a -> a.getEntryId().equals(seat.getEntryId())).findFirst().orElseThrow().getId());
            List<ScoreSheetService.ItemInput> inputs = new ArrayList<>();
            for (var item : sheet.rubric().items()) {
                int percent = disputed && inputs.isEmpty() ? 100 : Math.max(0, Math.min(100, level));
                inputs.add(new ScoreSheetService.ItemInput(item.code(), percent,
                        "材料中" + item.nameZh() + "的做法较系统，有数据支撑。", "建议进一步量化" + item.nameZh() + "的目标并跟踪趋势。"));
            }
            sheets.save(expert.actor(), sheet.sheet().getId(), sheet.sheet().getVersion(), inputs);
            sheets.submit(expert.actor(), sheet.sheet().getId());
        }
        results.openConsensus(Actor.system(), round.getId());
    }

    /** How harsh (negative) or lenient each demo expert scores, in percentage points, in steps of 5. */
    private static int bias(String username) {
        return switch (username) {
            case "expert1" -> -5;
            case "expert3" -> 5;
            case "expert4" -> 10;
            case "expert5" -> -10;
            default -> 0;
        };
    }
}
