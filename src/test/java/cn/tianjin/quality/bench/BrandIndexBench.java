package cn.tianjin.quality.bench;

import cn.tianjin.quality.brand.BrandIndex;
import cn.tianjin.quality.brand.IndexFormula;
import cn.tianjin.quality.brand.IndicatorSet;
import cn.tianjin.quality.brand.ShippedBrandData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times the Tianjin brand index of 5,000 brands, each with three years of the shipped indicators, in 40 industries,
 * by the shipped formula: the first computation in a fresh JVM (what the bureau's publication meets) and the median of
 * five after it. Prints {@code name;ms;detail} lines for deploy/bench.sh.
 */
public final class BrandIndexBench {
    static final int BRANDS = 5_000;

    private BrandIndexBench() {
    }

    public static void main(String[] args) {
        IndicatorSet set = ShippedBrandData.indicators();
        IndexFormula formula = ShippedBrandData.formula();
        List<BrandIndex.Brand> brands = brands(set, new Random(20261207));
        long t0 = System.nanoTime();
        List<BrandIndex.Result> first = BrandIndex.compute(formula, set, brands);
        long cold = (System.nanoTime() - t0) / 1_000_000;
        long[] warm = new long[5];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            BrandIndex.compute(formula, set, brands);
            warm[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(warm);
        long city = first.stream().filter(BrandIndex.Result::cityPeers).count();
        System.out.println("brand index of " + BRANDS + " brands, first run;" + cold + ";3 years x "
                + set.indicators().size() + " indicators, " + city + " compared city-wide");
        System.out.println("brand index of " + BRANDS + " brands, median of 5 after;" + warm[2] + ";same brands");
    }

    static List<BrandIndex.Brand> brands(IndicatorSet set, Random random) {
        List<BrandIndex.Brand> out = new ArrayList<>(BRANDS);
        for (int i = 0; i < BRANDS; i++) {
            Map<String, BigDecimal[]> figures = new LinkedHashMap<>();
            for (IndicatorSet.Indicator ind : set.indicators()) {
                if (!ind.required() && random.nextInt(4) == 0) {
                    continue;  // not sampled in any of the years
                }
                double span = Math.min(ind.max().doubleValue(), ind.decimals() == 0 ? 500 : 100_000);
                BigDecimal[] years = new BigDecimal[set.years()];
                for (int y = 0; y < years.length; y++) {
                    years[y] = BigDecimal.valueOf(random.nextDouble() * span).setScale(ind.decimals(),
                            java.math.RoundingMode.HALF_UP);
                }
                figures.put(ind.code(), years);
            }
            // A skewed industry size: a few large industries, many small ones (the last few fall back to the city).
            String industry = "I" + (int) Math.floor(40 * Math.pow(random.nextDouble(), 2));
            out.add(new BrandIndex.Brand(i, industry, figures, BigDecimal.valueOf(200 + random.nextInt(301)),
                    BigDecimal.valueOf(500)));
        }
        return out;
    }
}
