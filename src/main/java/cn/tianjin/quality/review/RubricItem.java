package cn.tianjin.quality.review;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A scored item of a rubric, such as 4.1.1 (role of senior leaders, 50 points).
 *
 * <p>Nothing is checked here beyond copying the list: an official's draft may be incomplete, and
 * {@link RubricValidator} lists everything wrong with it at once. {@code kind} may therefore be null.
 */
public record RubricItem(String code, String nameZh, String nameEn, int points, ItemKind kind, List<BandGuidance> bands) implements Serializable {

    public RubricItem {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    public Optional<BandGuidance> guidance(ScoreBand band) {
        return bands.stream().filter(b -> b.band() == band).findFirst();
    }
}
