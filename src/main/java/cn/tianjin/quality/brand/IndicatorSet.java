package cn.tianjin.quality.brand;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A version of the brand indicators an application gives for each of its three years (output, sales, market share,
 * ...): what each means, its unit, the range a true figure lies in and how many decimals it takes. Data an official
 * edits (stored as JSON by {@link BrandJson}); an application keeps the version it was filed under.
 *
 * @param years how many past years an application gives figures for (three)
 */
public record IndicatorSet(String code, String nameZh, String nameEn, int years, List<Indicator> indicators)
        implements Serializable {

    public IndicatorSet {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** Whether a greater figure is better (sales) or worse (complaints). */
    public enum Better {
        HIGHER, LOWER
    }

    /**
     * One indicator.
     *
     * @param decimals decimals a figure may have (0 for counts)
     * @param required whether every year must be given (a spot-check pass rate is not: not every product is sampled)
     * @param atMost   the code of another indicator this one can never exceed in the same year (profit and sales), or null
     */
    public record Indicator(String code, String nameZh, String nameEn, String unitZh, String unitEn, BigDecimal min,
                            BigDecimal max, int decimals, Better better, boolean required, String atMost)
            implements Serializable {

        public String name(boolean chinese) {
            return chinese ? nameZh : nameEn;
        }

        public String unit(boolean chinese) {
            return chinese ? unitZh : unitEn;
        }
    }

    public Optional<Indicator> find(String indicatorCode) {
        return indicators.stream().filter(i -> i.code().equals(indicatorCode)).findFirst();
    }

    /** The years an application filed in {@code campaignYear} gives figures for, oldest first: the full years before it. */
    public List<Integer> yearsBefore(int campaignYear) {
        return java.util.stream.IntStream.rangeClosed(campaignYear - years, campaignYear - 1).boxed().toList();
    }
}
