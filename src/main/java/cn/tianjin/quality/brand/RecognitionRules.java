package cn.tianjin.quality.brand;

import cn.tianjin.quality.programme.LockedRanking;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which brands a campaign proposes for recognition: every entry of the locked ranking whose score reaches the pass mark,
 * with no quota (a recognition says a brand meets the bar, not that it beat others). An entry taken off after an upheld
 * objection is not recognised and frees nothing, as there are no places to free.
 */
public final class RecognitionRules {

    private RecognitionRules() {
    }

    /** The level of each entry, in the order given: {@code level} when it reaches {@code passMark} and is not removed, else null. */
    public static List<String> levels(BigDecimal passMark, List<LockedRanking.Place> ranked, Set<Long> removed, String level) {
        if (passMark == null || passMark.signum() < 0) {
            throw new IllegalArgumentException("pass mark " + passMark);
        }
        List<String> levels = new ArrayList<>();
        for (LockedRanking.Place r : ranked) {
            levels.add(!removed.contains(r.applicationId()) && r.score().compareTo(passMark) >= 0 ? level : null);
        }
        return levels;
    }
}
