package cn.tianjin.quality.review;

import cn.tianjin.quality.review.Aggregation.Aggregate;
import java.math.BigDecimal;

/** The rule by which a round turns its sheets into one score per entry; officials lock one per round. */
public enum AggregationMethod {
    MEAN,
    MEDIAN,
    /** The default: highest and lowest totals dropped from five sheets on. */
    TRIMMED,
    /** The trimmed mean of totals normalised per expert (see {@link Normalisation}). */
    NORMALISED;

    /**
     * The entry's figure under this method.
     *
     * @param raw        aggregates of the entry's sheet totals as given
     * @param normalised aggregates of the entry's normalised totals
     */
    public BigDecimal pick(Aggregate raw, Aggregate normalised) {
        return switch (this) {
            case MEAN -> raw.mean();
            case MEDIAN -> raw.median();
            case TRIMMED -> raw.trimmedMean();
            case NORMALISED -> normalised.trimmedMean();
        };
    }
}
