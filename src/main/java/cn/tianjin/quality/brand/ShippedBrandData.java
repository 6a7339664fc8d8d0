package cn.tianjin.quality.brand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The indicator set and index formula the portal ships with ({@code brand/*.json}), the first versions officials edit. */
public final class ShippedBrandData {
    public static final String INDICATORS = "brand/indicators-2026.json";
    public static final String FORMULA = "brand/index-2026.json";

    private ShippedBrandData() {
    }

    public static IndicatorSet indicators() {
        return BrandJson.readIndicators(read(INDICATORS));
    }

    public static IndexFormula formula() {
        return BrandJson.readFormula(read(FORMULA));
    }

    static String read(String resource) {
        try (InputStream in = ShippedBrandData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
