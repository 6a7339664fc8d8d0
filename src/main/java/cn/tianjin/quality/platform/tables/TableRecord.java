package cn.tianjin.quality.platform.tables;

import java.util.List;

/**
 * One record of an uploaded table: its cells and the line (CSV) or row (XLSX) number the official sees; for CSV,
 * whether a quote opened in it was never closed (the rest of the file was swallowed).
 */
public record TableRecord(int line, List<String> fields, boolean unclosedQuote) {

    public boolean blank() {
        return fields.stream().allMatch(field -> TableText.clean(field).isEmpty());
    }

    public String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }
}
