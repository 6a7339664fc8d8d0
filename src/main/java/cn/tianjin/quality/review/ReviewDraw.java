package cn.tianjin.quality.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Where the seeded draw of one entry's panel stands, so a redraw continues the same sequence. */
@Entity
@Table(name = "review_draw")
public class ReviewDraw {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "entry_id", nullable = false, unique = true)
    private Long entryId;

    @Column(nullable = false)
    private String pool;

    @Column(nullable = false)
    private String conflicted;

    @Column(nullable = false)
    private String experts;

    @Column(nullable = false)
    private int draws;

    @Version
    private int version;

    protected ReviewDraw() {
    }

    ReviewDraw(Long roundId, ExpertDraw.Panel panel) {
        this.roundId = roundId;
        this.entryId = panel.entryId();
        update(panel);
    }

    void update(ExpertDraw.Panel panel) {
        this.pool = ids(panel.pool());
        this.conflicted = ids(panel.conflicted());
        this.experts = ids(panel.experts());
        this.draws = panel.draws();
    }

    /** The panel as the draw left it, with experts found in conflict since then added to the excluded ones. */
    ExpertDraw.Panel panel(long seed, Set<Long> conflictedNow) {
        Set<Long> excluded = new LinkedHashSet<>(parse(conflicted));
        excluded.addAll(conflictedNow);
        return new ExpertDraw.Panel(seed, entryId, List.copyOf(parse(pool)), excluded, List.copyOf(parse(experts)), draws,
                List.of());
    }

    /** The experts the draw was made from, in the order the draw uses. */
    Set<Long> pool() {
        return parse(pool);
    }

    private static String ids(java.util.Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Long> parse(String csv) {
        return csv == null || csv.isBlank() ? Set.of()
                : Arrays.stream(csv.split(",")).map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Long getEntryId() { return entryId; }
    public int getDraws() { return draws; }
}
