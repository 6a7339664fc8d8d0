package cn.tianjin.quality.brand;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A version of the Tianjin brand index's formula (天津品牌指数), data an official edits like a rubric (stored as JSON by
 * {@link BrandJson}) and published with every index so that anyone can recompute a brand's figure:
 * <ul>
 * <li>an indicator's figure is the mean of its years weighted by {@code yearWeights} (oldest first; the weights of the
 * years given, when one is missing);</li>
 * <li>it is normalised to 0-100 against the brands of the same industry evaluated with it (the lowest 0, the highest
 * 100, reversed where lower is better, 100 for all when all are equal), against all brands when the industry has fewer
 * than {@code minPeers}; a part on the {@code LOG} scale is compared by log10(1 + figure), so that a few giants do not
 * press everyone else to zero;</li>
 * <li>each dimension weighs its parts, the index weighs the dimensions and the panel's score (per cent of the rubric's
 * points); a part a brand has no figure for gives its weight to the other parts of its dimension, a dimension with none
 * to the rest of the index.</li>
 * </ul>
 *
 * @param indicatorSet the code of the indicator set the formula reads
 */
public record IndexFormula(String code, String nameZh, String nameEn, String indicatorSet, List<BigDecimal> yearWeights,
                           int minPeers, BigDecimal panelWeight, List<Dimension> dimensions) implements Serializable {

    public IndexFormula {
        yearWeights = yearWeights == null ? List.of() : List.copyOf(yearWeights);
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    /** How a part's figures are compared. */
    public enum Scale {
        LINEAR, LOG
    }

    public record Dimension(String code, String nameZh, String nameEn, BigDecimal weight, List<Part> parts)
            implements Serializable {
        public Dimension {
            parts = parts == null ? List.of() : List.copyOf(parts);
        }

        public String name(boolean chinese) {
            return chinese ? nameZh : nameEn;
        }
    }

    /** An indicator's part in a dimension. */
    public record Part(String indicator, BigDecimal weight, Scale scale) implements Serializable {
    }
}
