package cn.tianjin.quality.steering;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the yearly quality analysis report compiles from the portal's data: parts (programmes, credit, CQO, brands,
 * targets), each with tables of figures. Words are message keys, so one compilation reads in either language; data
 * (a district's name, a target's name) are kept as they are. A published report keeps its compilation as JSON
 * ({@link #toJson}, {@link #fromJson}) and never changes with the data after it.
 */
public record AnalysisFigures(int year, LocalDate compiledOn, List<Part> parts) implements Serializable {
    private static final long serialVersionUID = 1L;

    public AnalysisFigures {
        parts = List.copyOf(parts);
    }

    /** A chapter: its heading's message key, an optional note's message key, its tables. */
    public record Part(String key, String note, List<Table> tables) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Part {
            tables = List.copyOf(tables);
        }
    }

    /**
     * A table: its caption's message key; {@code rowKeys} the message key prefix of the row labels ({@code null}
     * when the labels are data); the column heads' message keys; its rows; the column a bar chart shows ({@code -1}:
     * no chart).
     */
    public record Table(String key, String rowKeys, List<String> columns, List<Row> rows, int chart)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        /** The label a reader sees for a row: a translated key or the data as they are. */
        public String label(Row row, Locale locale, java.util.function.Function<String, String> messages) {
            if (rowKeys != null) {
                return messages.apply(rowKeys + row.label());
            }
            return row.label(locale);
        }
    }

    /** A row: its label (and the English one where the data have it) and one figure per column, null for none. */
    public record Row(String label, String labelEn, List<BigDecimal> values) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Row {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        public static Row of(String label, long... values) {
            List<BigDecimal> v = new ArrayList<>();
            for (long x : values) {
                v.add(BigDecimal.valueOf(x));
            }
            return new Row(label, null, v);
        }

        public String label(Locale locale) {
            return labelEn != null && "en".equals(locale.getLanguage()) ? labelEn : label;
        }
    }

    /** The compilation as compact JSON, the published report's frozen copy. */
    public String toJson() {
        JsonArrayBuilder ps = Json.createArrayBuilder();
        for (Part p : parts) {
            JsonArrayBuilder ts = Json.createArrayBuilder();
            for (Table t : p.tables()) {
                JsonArrayBuilder rs = Json.createArrayBuilder();
                for (Row r : t.rows()) {
                    JsonArrayBuilder vs = Json.createArrayBuilder();
                    r.values().forEach(v -> {
                        if (v == null) {
                            vs.addNull();
                        } else {
                            vs.add(v);
                        }
                    });
                    JsonObjectBuilder row = Json.createObjectBuilder().add("label", r.label());
                    optional(row, "labelEn", r.labelEn());
                    rs.add(row.add("values", vs));
                }
                JsonObjectBuilder table = Json.createObjectBuilder().add("key", t.key());
                optional(table, "rowKeys", t.rowKeys());
                JsonArrayBuilder cs = Json.createArrayBuilder();
                t.columns().forEach(cs::add);
                ts.add(table.add("columns", cs).add("rows", rs).add("chart", t.chart()));
            }
            JsonObjectBuilder part = Json.createObjectBuilder().add("key", p.key());
            optional(part, "note", p.note());
            ps.add(part.add("tables", ts));
        }
        return Json.createObjectBuilder().add("year", year).add("compiledOn", compiledOn.toString()).add("parts", ps)
                .build().toString();
    }

    /** Reads what {@link #toJson} wrote. */
    public static AnalysisFigures fromJson(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            List<Part> parts = new ArrayList<>();
            for (JsonObject p : objects(o.getJsonArray("parts"))) {
                List<Table> tables = new ArrayList<>();
                for (JsonObject t : objects(p.getJsonArray("tables"))) {
                    List<Row> rows = new ArrayList<>();
                    for (JsonObject r : objects(t.getJsonArray("rows"))) {
                        List<BigDecimal> values = new ArrayList<>();
                        for (JsonValue v : r.getJsonArray("values")) {
                            values.add(v.getValueType() == JsonValue.ValueType.NULL ? null
                                    : ((jakarta.json.JsonNumber) v).bigDecimalValue());
                        }
                        rows.add(new Row(r.getString("label"), r.getString("labelEn", null), values));
                    }
                    List<String> columns = t.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class).stream()
                            .map(jakarta.json.JsonString::getString).toList();
                    tables.add(new Table(t.getString("key"), t.getString("rowKeys", null), columns, rows, t.getInt("chart")));
                }
                parts.add(new Part(p.getString("key"), p.getString("note", null), tables));
            }
            return new AnalysisFigures(o.getInt("year"), LocalDate.parse(o.getString("compiledOn")), parts);
        }
    }

    private static void optional(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static List<JsonObject> objects(JsonArray a) {
        return a.getValuesAs(JsonObject.class);
    }
}
