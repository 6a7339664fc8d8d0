package cn.tianjin.quality.brand;

import cn.tianjin.quality.programme.LockedRanking;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which brands a campaign proposes for recognition: every brand whose locked panel score reaches the pass mark and
 * whose brand index reaches the index mark, with no quota (a recognition says a brand meets the bar, not that it beat
 * others). The proposal lists the brands by index, best first. An entry taken off after an upheld objection is not
 * recognised and frees nothing, as there are no places to free.
 */
public final class RecognitionRules {

    private RecognitionRules() {
    }

    /** The places by brand index, best first (a place without one last), then by panel score, then as ranked. */
    public static List<LockedRanking.Place> byIndex(List<LockedRanking.Place> ranked, Map<Long, BigDecimal> indices) {
        List<LockedRanking.Place> out = new ArrayList<>(ranked);
        Comparator<LockedRanking.Place> index = Comparator.comparing(p -> indices.get(p.applicationId()),
                Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));
        out.sort(index.thenComparing(LockedRanking.Place::score).reversed());
        return out;
    }

    /**
     * The level of each place, in the order given: {@code level} when its score reaches {@code passMark}, its index
     * (from {@code indices}, by application) reaches {@code passIndex}, and it is not removed; else null.
     */
    public static List<String> levels(BigDecimal passMark, BigDecimal passIndex, List<LockedRanking.Place> ranked,
                                      Map<Long, BigDecimal> indices, Set<Long> removed, String level) {
        if (passMark == null || passMark.signum() < 0 || passIndex == null || passIndex.signum() < 0) {
            throw new IllegalArgumentException("pass mark " + passMark + ", index mark " + passIndex);
        }
        List<String> levels = new ArrayList<>();
        for (LockedRanking.Place r : ranked) {
            BigDecimal index = indices.get(r.applicationId());
            boolean passes = r.score().compareTo(passMark) >= 0 && index != null && index.compareTo(passIndex) >= 0;
            levels.add(passes && !removed.contains(r.applicationId()) ? level : null);
        }
        return levels;
    }
}
