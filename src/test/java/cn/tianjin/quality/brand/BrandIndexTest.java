package cn.tianjin.quality.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index worked out by hand for a few brands: every figure below is in the comments. */
class BrandIndexTest {
    static final IndicatorSet SET = new IndicatorSet("S", "指标", "Indicators", 3, List.of(
            indicator("SALES", IndicatorSet.Better.HIGHER, true),
            indicator("COMPLAINTS", IndicatorSet.Better.LOWER, true),
            indicator("SPOT", IndicatorSet.Better.HIGHER, false)));

    /** Sales half the index; complaints and spot checks 0.15 each; the panel 0.2. */
    static final IndexFormula FORMULA = formula(
            dimension("A", "0.5", part("SALES", "1", IndexFormula.Scale.LINEAR)),
            dimension("B", "0.3", part("COMPLAINTS", "0.5", IndexFormula.Scale.LINEAR),
                    part("SPOT", "0.5", IndexFormula.Scale.LINEAR)));

    static IndicatorSet.Indicator indicator(String code, IndicatorSet.Better better, boolean required) {
        return new IndicatorSet.Indicator(code, code, code, "", "", BigDecimal.ZERO, new BigDecimal("1000000"), 2,
                better, required, null);
    }

    static IndexFormula.Part part(String indicator, String weight, IndexFormula.Scale scale) {
        return new IndexFormula.Part(indicator, new BigDecimal(weight), scale);
    }

    static IndexFormula.Dimension dimension(String code, String weight, IndexFormula.Part... parts) {
        return new IndexFormula.Dimension(code, code, code, new BigDecimal(weight), List.of(parts));
    }

    static IndexFormula formula(IndexFormula.Dimension... dims) {
        return new IndexFormula("F", "公式", "Formula", "S", List.of(new BigDecimal("0.2"), new BigDecimal("0.3"),
                new BigDecimal("0.5")), 2, new BigDecimal("0.2"), List.of(dims));
    }

    static BigDecimal[] years(Integer a, Integer b, Integer c) {
        return new BigDecimal[] {a == null ? null : BigDecimal.valueOf(a), b == null ? null : BigDecimal.valueOf(b),
                c == null ? null : BigDecimal.valueOf(c)};
    }

    static BrandIndex.Brand brand(long id, String industry, BigDecimal[] sales, BigDecimal[] complaints,
                                  BigDecimal[] spot, int panel) {
        Map<String, BigDecimal[]> f = new LinkedHashMap<>();
        f.put("SALES", sales);
        f.put("COMPLAINTS", complaints);
        if (spot != null) {
            f.put("SPOT", spot);
        }
        return new BrandIndex.Brand(id, industry, f, BigDecimal.valueOf(panel), BigDecimal.valueOf(500));
    }

    // Sales used: 0.2*100 + 0.3*200 + 0.5*300 = 230; complaints 10; spot 0.2*90 + 0.3*95 + 0.5*100 = 96.5; panel 80 %.
    static final BrandIndex.Brand B1 = brand(1, "C13", years(100, 200, 300), years(10, 10, 10), years(90, 95, 100), 400);
    // Sales 50; complaints 0; no spot check; panel 50 %.
    static final BrandIndex.Brand B2 = brand(2, "C13", years(50, 50, 50), years(0, 0, 0), null, 250);
    // Sales of the first year missing: (0.3*100 + 0.5*200) / 0.8 = 162.5; complaints 20; spot 80; panel 60 %.
    static final BrandIndex.Brand B3 = brand(3, "C13", years(null, 100, 200), years(20, 20, 20), years(80, 80, 80), 300);

    static Map<Long, BrandIndex.Result> byId(List<BrandIndex.Result> results) {
        Map<Long, BrandIndex.Result> m = new LinkedHashMap<>();
        results.forEach(r -> m.put(r.id(), r));
        return m;
    }

    @Test
    void eachBrandIsComparedWithItsIndustryAndWeighedAsTheFormulaSays() {
        var r = byId(BrandIndex.compute(FORMULA, SET, List.of(B1, B2, B3)));
        // Sales range 50..230, complaints 0..20 (lower better), spot 80..96.5.
        // B1: sales 100, complaints 50, spot 100: 0.5*100 + 0.15*50 + 0.15*100 + 0.2*80 = 88.5
        assertThat(r.get(1L).index()).isEqualByComparingTo("88.50");
        // B2: sales 0, complaints 100 with the spot check's weight too (0.3), panel 50: 30 + 10 = 40
        assertThat(r.get(2L).index()).isEqualByComparingTo("40.00");
        // B3: sales 62.5, complaints 0, spot 0, panel 60: 31.25 + 12 = 43.25
        assertThat(r.get(3L).index()).isEqualByComparingTo("43.25");
        assertThat(r.values()).noneMatch(BrandIndex.Result::cityPeers);
    }

    @Test
    void theCalculationShowsWhichFigureGaveWhat() {
        BrandIndex.Result b1 = byId(BrandIndex.compute(FORMULA, SET, List.of(B1, B2, B3))).get(1L);
        BrandIndex.Line sales = b1.lines().get(0);
        assertThat(sales.indicator()).isEqualTo("SALES");
        assertThat(sales.used()).isEqualByComparingTo("230");
        assertThat(sales.peerLow()).isEqualByComparingTo("50");
        assertThat(sales.peerHigh()).isEqualByComparingTo("230");
        assertThat(sales.normalised()).isEqualByComparingTo("100");
        assertThat(sales.weight()).isEqualByComparingTo("0.5");
        assertThat(sales.points()).isEqualByComparingTo("50");
        BrandIndex.Line panel = b1.lines().get(b1.lines().size() - 1);
        assertThat(panel.dimension()).isEqualTo(BrandIndex.PANEL);
        assertThat(panel.normalised()).isEqualByComparingTo("80");
        assertThat(panel.points()).isEqualByComparingTo("16");
        BigDecimal sum = b1.lines().stream().map(BrandIndex.Line::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(b1.index());

        BrandIndex.Result b2 = byId(BrandIndex.compute(FORMULA, SET, List.of(B1, B2, B3))).get(2L);
        BrandIndex.Line spot = b2.lines().get(2);
        assertThat(spot.indicator()).isEqualTo("SPOT");
        assertThat(spot.used()).isNull();
        assertThat(spot.points()).isZero();
        assertThat(b2.lines().get(1).weight()).isEqualByComparingTo("0.3");
    }

    @Test
    void aBrandWhoseIndustryHasTooFewBrandsIsComparedWithAllOfThem() {
        // Sales 140, complaints 5, no spot check, panel 100 %; alone in C27, so against all four brands:
        // sales (140-50)/180 = 50, complaints 1 - 5/20 = 75 with weight 0.3: 25 + 22.5 + 20 = 67.5.
        BrandIndex.Brand b4 = brand(4, "C27", years(140, 140, 140), years(5, 5, 5), null, 500);
        var r = byId(BrandIndex.compute(FORMULA, SET, List.of(B1, B2, B3, b4)));
        assertThat(r.get(4L).cityPeers()).isTrue();
        assertThat(r.get(4L).index()).isEqualByComparingTo("67.50");
        // The others' industry is unchanged by the newcomer.
        assertThat(r.get(1L).index()).isEqualByComparingTo("88.50");
    }

    @Test
    void aDimensionWithNoFigureGivesItsWeightToTheRestOfTheIndex() {
        IndexFormula spotAlone = formula(dimension("A", "0.5", part("SALES", "1", IndexFormula.Scale.LINEAR)),
                dimension("B", "0.3", part("SPOT", "1", IndexFormula.Scale.LINEAR)));
        // B2 has no spot check: sales 0 weighs 0.5/0.7, the panel's 50 % weighs 0.2/0.7: 14.2857...
        var r = byId(BrandIndex.compute(spotAlone, SET, List.of(B1, B2, B3)));
        assertThat(r.get(2L).index()).isEqualByComparingTo("14.29");
    }

    @Test
    void onTheLogScaleFiguresAreComparedByTheirOrderOfMagnitude() {
        IndexFormula log = formula(dimension("A", "0.8", part("SALES", "1", IndexFormula.Scale.LOG)));
        List<BrandIndex.Brand> brands = List.of(
                brand(1, "C13", years(9, 9, 9), years(0, 0, 0), null, 0),
                brand(2, "C13", years(99, 99, 99), years(0, 0, 0), null, 0),
                brand(3, "C13", years(999, 999, 999), years(0, 0, 0), null, 0));
        var r = byId(BrandIndex.compute(log, SET, brands));
        // log10(10) = 1, log10(100) = 2, log10(1000) = 3: the middle one is half-way (linearly it would be 9 %).
        assertThat(r.get(2L).lines().get(0).normalised()).isEqualByComparingTo("50");
        assertThat(r.get(2L).index()).isEqualByComparingTo("40.00");
        assertThat(r.get(2L).lines().get(0).peerHigh()).isEqualByComparingTo("999");
    }

    @Test
    void whenAllPeersGiveTheSameFigureNobodyIsBehind() {
        List<BrandIndex.Brand> same = List.of(brand(1, "C13", years(5, 5, 5), years(1, 1, 1), null, 500),
                brand(2, "C13", years(5, 5, 5), years(1, 1, 1), null, 500));
        assertThat(BrandIndex.compute(FORMULA, SET, same)).allSatisfy(r -> assertThat(r.index()).isEqualByComparingTo("100"));
    }

    @Test
    void theShippedFormulaGivesIndicesBetweenNoughtAndAHundred() {
        IndicatorSet set = ShippedBrandData.indicators();
        IndexFormula f = ShippedBrandData.formula();
        List<BrandIndex.Brand> brands = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 50; i++) {
            Map<String, BigDecimal[]> figures = new LinkedHashMap<>();
            for (IndicatorSet.Indicator ind : set.indicators()) {
                BigDecimal[] y = new BigDecimal[3];
                for (int k = 0; k < 3; k++) {
                    y[k] = BigDecimal.valueOf(random.nextInt(100));
                }
                figures.put(ind.code(), y);
            }
            brands.add(new BrandIndex.Brand(i, i % 3 == 0 ? "C13" : "C27", figures,
                    BigDecimal.valueOf(random.nextInt(501)), BigDecimal.valueOf(500)));
        }
        assertThat(BrandIndex.compute(f, set, brands)).allSatisfy(r -> {
            assertThat(r.index()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            assertThat(r.lines()).hasSize(13);
        });
    }
}
