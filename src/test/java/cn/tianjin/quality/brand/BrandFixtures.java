package cn.tianjin.quality.brand;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Figures that pass the shipped indicators' check, for tests that file brand applications. */
public final class BrandFixtures {

    private BrandFixtures() {
    }

    /** Every shipped indicator for {@code years}: sales 5,000, output 5,200, profit 300, every other figure 12. */
    public static Map<String, Map<Integer, String>> figures(List<Integer> years) {
        Map<String, Map<Integer, String>> figures = new LinkedHashMap<>();
        for (IndicatorSet.Indicator i : ShippedBrandData.indicators().indicators()) {
            String text = switch (i.code()) {
                case "SALES" -> "5000";
                case "OUTPUT" -> "5200";
                case "PROFIT" -> "300";
                default -> "12";
            };
            Map<Integer, String> byYear = new LinkedHashMap<>();
            years.forEach(y -> byYear.put(y, text));
            figures.put(i.code(), byYear);
        }
        return figures;
    }

    /** A product brand's part with the figures above, for the campaign's years. */
    public static BrandApplications.Form productForm(int campaignYear) {
        return new BrandApplications.Form(BrandApplication.Kind.PRODUCT, null,
                figures(ShippedBrandData.indicators().yearsBefore(campaignYear)), true);
    }
}
