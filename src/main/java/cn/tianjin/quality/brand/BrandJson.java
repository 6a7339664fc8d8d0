package cn.tianjin.quality.brand;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Indicator sets and index formulas as JSON: what the database keeps per version and how the defaults ship. Fields are
 * written in a fixed order so that two versions compare with a text diff; every field written is required when read.
 * Reading checks the shape only; whether weights add up is {@link FormulaCheck}'s business.
 */
public final class BrandJson {

    /** A file that is not an indicator set or a formula; the key and arguments say where. */
    public static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String messageKey;
        private final transient Object[] args;

        Malformed(String messageKey, Object... args) {
            super(messageKey + java.util.Arrays.toString(args));
            this.messageKey = messageKey;
            this.args = args;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    private BrandJson() {
    }

    public static String write(IndicatorSet set) {
        JsonArrayBuilder indicators = Json.createArrayBuilder();
        for (IndicatorSet.Indicator i : set.indicators()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("code", i.code()).add("nameZh", i.nameZh())
                    .add("nameEn", i.nameEn()).add("unitZh", i.unitZh()).add("unitEn", i.unitEn()).add("min", i.min())
                    .add("max", i.max()).add("decimals", i.decimals()).add("better", i.better().name())
                    .add("required", i.required());
            if (i.atMost() != null) {
                b.add("atMost", i.atMost());
            }
            indicators.add(b);
        }
        return pretty(Json.createObjectBuilder().add("code", set.code()).add("nameZh", set.nameZh())
                .add("nameEn", set.nameEn()).add("years", set.years()).add("indicators", indicators).build());
    }

    public static String write(IndexFormula f) {
        JsonArrayBuilder years = Json.createArrayBuilder();
        f.yearWeights().forEach(years::add);
        JsonArrayBuilder dims = Json.createArrayBuilder();
        for (IndexFormula.Dimension d : f.dimensions()) {
            JsonArrayBuilder parts = Json.createArrayBuilder();
            d.parts().forEach(p -> parts.add(Json.createObjectBuilder().add("indicator", p.indicator())
                    .add("weight", p.weight()).add("scale", p.scale().name())));
            dims.add(Json.createObjectBuilder().add("code", d.code()).add("nameZh", d.nameZh()).add("nameEn", d.nameEn())
                    .add("weight", d.weight()).add("parts", parts));
        }
        return pretty(Json.createObjectBuilder().add("code", f.code()).add("nameZh", f.nameZh()).add("nameEn", f.nameEn())
                .add("indicatorSet", f.indicatorSet()).add("yearWeights", years).add("minPeers", f.minPeers())
                .add("panelWeight", f.panelWeight()).add("dimensions", dims).build());
    }

    /** A brand's calculation, compact: the lines of {@link BrandIndex.Result} (a null figure or step left out). */
    public static String writeLines(List<BrandIndex.Line> lines) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (BrandIndex.Line l : lines) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("d", l.dimension());
            if (l.indicator() != null) {
                b.add("i", l.indicator());
            }
            JsonArrayBuilder figures = Json.createArrayBuilder();
            if (l.figures() != null) {
                for (BigDecimal f : l.figures()) {
                    if (f == null) {
                        figures.addNull();
                    } else {
                        figures.add(f);
                    }
                }
            }
            b.add("f", figures);
            optional(b, "u", l.used());
            optional(b, "lo", l.peerLow());
            optional(b, "hi", l.peerHigh());
            optional(b, "n", l.normalised());
            optional(b, "w", l.weight());
            optional(b, "p", l.points());
            out.add(b);
        }
        return out.build().toString();
    }

    /** The lines {@link #writeLines} wrote. */
    public static List<BrandIndex.Line> readLines(String json) {
        List<BrandIndex.Line> lines = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            for (JsonValue v : reader.readArray()) {
                JsonObject o = v.asJsonObject();
                var fs = o.getJsonArray("f");
                BigDecimal[] figures = new BigDecimal[fs.size()];
                for (int k = 0; k < figures.length; k++) {
                    figures[k] = fs.isNull(k) ? null : fs.getJsonNumber(k).bigDecimalValue();
                }
                lines.add(new BrandIndex.Line(o.getString("d"), o.getString("i", null), figures, optional(o, "u"),
                        optional(o, "lo"), optional(o, "hi"), optional(o, "n"), optional(o, "w"), optional(o, "p")));
            }
        }
        return lines;
    }

    private static void optional(JsonObjectBuilder b, String name, BigDecimal value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static BigDecimal optional(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getJsonNumber(name).bigDecimalValue() : null;
    }

    public static IndicatorSet readIndicators(String json) {
        JsonObject o = parse(json);
        return new IndicatorSet(string(o, "", "code"), string(o, "", "nameZh"), string(o, "", "nameEn"),
                integer(o, "", "years"), list(o, "", "indicators", (i, at) -> new IndicatorSet.Indicator(
                string(i, at, "code"), string(i, at, "nameZh"), string(i, at, "nameEn"), string(i, at, "unitZh"),
                string(i, at, "unitEn"), number(i, at, "min"), number(i, at, "max"), integer(i, at, "decimals"),
                constant(IndicatorSet.Better.class, i, at, "better"), bool(i, at, "required"),
                i.containsKey("atMost") ? string(i, at, "atMost") : null)));
    }

    public static IndexFormula readFormula(String json) {
        JsonObject o = parse(json);
        String code = string(o, "", "code");
        List<BigDecimal> years = new ArrayList<>();
        JsonValue y = required(o, "", "yearWeights");
        if (y.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new Malformed("brand.json.type", "yearWeights");
        }
        for (JsonValue v : y.asJsonArray()) {
            if (!(v instanceof JsonNumber n)) {
                throw new Malformed("brand.json.type", "yearWeights");
            }
            years.add(n.bigDecimalValue());
        }
        return new IndexFormula(code, string(o, "", "nameZh"), string(o, "", "nameEn"),
                string(o, "", "indicatorSet"), years, integer(o, "", "minPeers"), number(o, "", "panelWeight"),
                list(o, "", "dimensions", (d, at) -> new IndexFormula.Dimension(string(d, at, "code"),
                        string(d, at, "nameZh"), string(d, at, "nameEn"), number(d, at, "weight"),
                        list(d, at, "parts", (p, pat) -> new IndexFormula.Part(string(p, pat, "indicator"),
                                number(p, pat, "weight"), constant(IndexFormula.Scale.class, p, pat, "scale"))))));
    }

    private static String pretty(JsonObject o) {
        StringWriter out = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).write(o);
        return out.toString().strip() + "\n";
    }

    private static JsonObject parse(String json) {
        String text = json != null && json.startsWith("\uFEFF") ? json.substring(1) : json;
        try {
            JsonValue v = Json.createReader(new StringReader(text == null ? "" : text)).readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Malformed("brand.json.notObject");
            }
            return v.asJsonObject();
        } catch (JsonException e) {
            throw new Malformed("brand.json.malformed");
        }
    }

    private static JsonValue required(JsonObject o, String at, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new Malformed("brand.json.missing", at + name);
        }
        return v;
    }

    private static String string(JsonObject o, String at, String name) {
        if (required(o, at, name) instanceof JsonString s) {
            return s.getString();
        }
        throw new Malformed("brand.json.type", at + name);
    }

    private static BigDecimal number(JsonObject o, String at, String name) {
        if (required(o, at, name) instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        throw new Malformed("brand.json.type", at + name);
    }

    private static int integer(JsonObject o, String at, String name) {
        if (required(o, at, name) instanceof JsonNumber n && n.isIntegral()) {
            return n.intValue();
        }
        throw new Malformed("brand.json.type", at + name);
    }

    private static boolean bool(JsonObject o, String at, String name) {
        JsonValue v = required(o, at, name);
        if (v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE) {
            return v == JsonValue.TRUE;
        }
        throw new Malformed("brand.json.type", at + name);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonObject o, String at, String name) {
        String s = string(o, at, name);
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new Malformed("brand.json.constant", at + name, s);
        }
    }

    private static <T> List<T> list(JsonObject o, String at, String name, BiFunction<JsonObject, String, T> element) {
        JsonValue v = required(o, at, name);
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new Malformed("brand.json.type", at + name);
        }
        List<T> out = new ArrayList<>();
        int i = 0;
        for (JsonValue e : v.asJsonArray()) {
            i++;
            String path = at + name + "." + i + ".";
            if (e.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Malformed("brand.json.type", at + name + "." + i);
            }
            out.add(element.apply(e.asJsonObject(), path));
        }
        return out;
    }
}
