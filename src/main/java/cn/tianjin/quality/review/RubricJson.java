package cn.tianjin.quality.review;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Rubrics as JSON files: what the database stores per version, what officials export and import, and how the
 * default rubrics ship. Fields are written in a fixed order so that two versions can be compared with a text diff.
 *
 * <p>Every field the writer writes is required by the reader; unknown fields are ignored. Reading checks the
 * shape of the file only: whether the points add up is {@link RubricValidator}'s business, so that an import with
 * wrong sums can still be loaded into the editor and fixed there.
 */
public final class RubricJson {

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    private static final JsonWriterFactory COMPACT = Json.createWriterFactory(Map.of());

    /** Notepad and other Windows editors put it in front of UTF-8 files an official may have edited. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private RubricJson() {
    }

    /** Problems with the file itself rather than with the rubric in it; the message key tells the user which. */
    public static final class RubricJsonException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String messageKey;
        private final Object[] args;

        RubricJsonException(String messageKey, Object[] args, Throwable cause) {
            super(messageKey + Arrays.toString(args), cause);
            this.messageKey = messageKey;
            this.args = args.clone();
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /** Pretty-printed, four spaces per level. */
    public static String write(RubricDefinition r) {
        return write(r, true);
    }

    public static String write(RubricDefinition r, boolean pretty) {
        JsonObjectBuilder root = Json.createObjectBuilder();
        addString(root, "code", r.code());
        addString(root, "nameZh", r.nameZh());
        addString(root, "nameEn", r.nameEn());
        root.add("totalPoints", r.totalPoints());
        JsonArrayBuilder categories = Json.createArrayBuilder();
        for (RubricCategory c : r.categories()) {
            JsonObjectBuilder category = Json.createObjectBuilder();
            addString(category, "code", c.code());
            addString(category, "nameZh", c.nameZh());
            addString(category, "nameEn", c.nameEn());
            category.add("points", c.points());
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (RubricItem i : c.items()) {
                items.add(item(i));
            }
            category.add("items", items);
            categories.add(category);
        }
        root.add("categories", categories);

        StringWriter out = new StringWriter();
        try (JsonWriter writer = (pretty ? PRETTY : COMPACT).createWriter(out)) {
            writer.writeObject(root.build());
        }
        // Some generators open pretty output with a line break; a stored or exported file should not.
        return out.toString().strip();
    }

    private static JsonObjectBuilder item(RubricItem i) {
        JsonObjectBuilder item = Json.createObjectBuilder();
        addString(item, "code", i.code());
        addString(item, "nameZh", i.nameZh());
        addString(item, "nameEn", i.nameEn());
        item.add("points", i.points());
        if (i.kind() != null) {
            item.add("kind", i.kind().name());
        }
        JsonArrayBuilder bands = Json.createArrayBuilder();
        for (BandGuidance g : i.bands()) {
            JsonObjectBuilder band = Json.createObjectBuilder();
            if (g.band() != null) {
                band.add("band", g.band().name());
            }
            addString(band, "textZh", g.textZh());
            addString(band, "textEn", g.textEn());
            bands.add(band);
        }
        item.add("bands", bands);
        return item;
    }

    // An incomplete draft is written without the missing field, so reading it back names what is missing.
    private static void addString(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    /**
     * @throws RubricJsonException {@code rubric.json.malformed} (line, column) when the text is not JSON, or
     *                             another {@code rubric.json.*} key with the JSON path of the field at fault
     */
    public static RubricDefinition read(String json) {
        String text = json == null ? "" : json;
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        return definition(parse(text));
    }

    private static JsonObject parse(String text) {
        // A parser rather than JsonReader, because JsonReader ignores whatever follows the first value, and a
        // file with two rubrics pasted into it, or half an edit after the closing brace, must not pass silently.
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw malformed(parser.getLocation(), null);
            }
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new RubricJsonException("rubric.json.notObject", new Object[] {"$"}, null);
            }
            JsonObject root = parser.getObject();
            if (parser.hasNext()) {
                throw malformed(parser.getLocation(), null);
            }
            return root;
        } catch (JsonParsingException e) {
            throw malformed(e.getLocation(), e);
        } catch (JsonException e) {
            throw malformed(null, e);
        }
    }

    private static RubricJsonException malformed(JsonLocation at, Throwable cause) {
        long line = at == null ? -1 : at.getLineNumber();
        long column = at == null ? -1 : at.getColumnNumber();
        return new RubricJsonException("rubric.json.malformed", new Object[] {line, column}, cause);
    }

    private static RubricDefinition definition(JsonObject o) {
        String path = "$";
        return new RubricDefinition(
                string(o, path, "code"),
                string(o, path, "nameZh"),
                string(o, path, "nameEn"),
                integer(o, path, "totalPoints"),
                list(o, path, "categories", RubricJson::category));
    }

    private static RubricCategory category(JsonObject o, String path) {
        return new RubricCategory(
                string(o, path, "code"),
                string(o, path, "nameZh"),
                string(o, path, "nameEn"),
                integer(o, path, "points"),
                list(o, path, "items", RubricJson::item));
    }

    private static RubricItem item(JsonObject o, String path) {
        return new RubricItem(
                string(o, path, "code"),
                string(o, path, "nameZh"),
                string(o, path, "nameEn"),
                integer(o, path, "points"),
                constant(ItemKind.class, o, path, "kind"),
                list(o, path, "bands", RubricJson::band));
    }

    private static BandGuidance band(JsonObject o, String path) {
        return new BandGuidance(
                constant(ScoreBand.class, o, path, "band"),
                string(o, path, "textZh"),
                string(o, path, "textEn"));
    }

    private static JsonValue required(JsonObject o, String path, String name) {
        JsonValue v = o.get(name);
        // An explicit null is as good as absent: either way there is nothing to read.
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new RubricJsonException("rubric.json.missingField", new Object[] {path + "." + name}, null);
        }
        return v;
    }

    private static String string(JsonObject o, String path, String name) {
        JsonValue v = required(o, path, name);
        if (!(v instanceof JsonString s)) {
            throw wrongType("rubric.json.notString", path + "." + name);
        }
        return s.getString();
    }

    private static int integer(JsonObject o, String path, String name) {
        JsonValue v = required(o, path, name);
        if (!(v instanceof JsonNumber n)) {
            throw wrongType("rubric.json.notInteger", path + "." + name);
        }
        try {
            // intValueExact on the BigDecimal accepts 50.0 but refuses 12.5 and values beyond int.
            return n.bigDecimalValue().intValueExact();
        } catch (ArithmeticException e) {
            throw wrongType("rubric.json.notInteger", path + "." + name);
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonObject o, String path, String name) {
        String value = string(o, path, name);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw new RubricJsonException("rubric.json.unknownValue",
                new Object[] {path + "." + name, value, String.join(", ", allowed)}, null);
    }

    private static <T> List<T> list(JsonObject o, String path, String name, BiFunction<JsonObject, String, T> element) {
        JsonValue v = required(o, path, name);
        if (!(v instanceof JsonArray array)) {
            throw wrongType("rubric.json.notArray", path + "." + name);
        }
        List<T> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String elementPath = path + "." + name + "[" + i + "]";
            if (!(array.get(i) instanceof JsonObject child)) {
                throw wrongType("rubric.json.notObject", elementPath);
            }
            result.add(element.apply(child, elementPath));
        }
        return result;
    }

    private static RubricJsonException wrongType(String key, String path) {
        return new RubricJsonException(key, new Object[] {path}, null);
    }
}
