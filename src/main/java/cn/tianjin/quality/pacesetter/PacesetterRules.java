package cn.tianjin.quality.pacesetter;

import cn.tianjin.quality.programme.LockedRanking;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which practices a benchmark selection proposes: in ranking order, each whose score reaches the pass mark takes a place
 * while places are left. Places are a ceiling: when too few reach the mark, places stay empty. An entry taken off (an
 * upheld objection) leaves its place to the next entry that reached the mark, if the campaign gives freed places on.
 */
public final class PacesetterRules {

    /** The only level a selection awards. */
    public static final String BENCHMARK = "BENCHMARK";

    /**
     * A selection's rule.
     *
     * @param places   the most practices selected
     * @param passMark the fewest points a selected practice has
     */
    public record Rules(int places, BigDecimal passMark) {
        public Rules {
            if (places < 1 || passMark == null || passMark.signum() < 0) {
                throw new IllegalArgumentException("Selection rules out of range: " + places + " places, mark " + passMark);
            }
        }
    }

    private PacesetterRules() {
    }

    /**
     * The level of each entry, in the order given (the ranking's): {@link #BENCHMARK} or null. Entries in
     * {@code removed} get null and take no place.
     */
    public static List<String> levels(Rules rules, List<LockedRanking.Place> ranked, Set<Long> removed) {
        Objects.requireNonNull(rules, "rules");
        int left = rules.places();
        List<String> levels = new ArrayList<>();
        for (LockedRanking.Place r : ranked) {
            boolean selected = !removed.contains(r.applicationId()) && left > 0 && r.score().compareTo(rules.passMark()) >= 0;
            if (selected) {
                left--;
            }
            levels.add(selected ? BENCHMARK : null);
        }
        return levels;
    }
}
