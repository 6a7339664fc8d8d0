package cn.tianjin.quality.platform.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 reader that keeps count of physical lines, since a quoted field may span several and the official needs the
 * line number Excel or a text editor shows. Accepts CRLF, LF and a lone CR (old Mac Excel) as line ends; is lenient
 * about stray quotes inside unquoted fields.
 */
public final class CsvReader {

    private final String text;
    private int pos;
    private int line = 1;

    public CsvReader(String text) {
        this.text = text;
    }

    /** The next record, or {@code null} at the end of the text. */
    public TableRecord next() {
        if (pos >= text.length()) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean wasQuoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (inQuotes) {
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        field.append('"');
                        pos++;
                    } else {
                        inQuotes = false;
                    }
                } else if (c == '\r' || c == '\n') {
                    consumeLineEnd(c);
                    field.append('\n');
                } else {
                    field.append(c);
                }
            } else if (c == '"' && !wasQuoted && TableText.clean(field.toString()).isEmpty()) {
                // Spaces before an opening quote are dropped, as Excel does when reading.
                field.setLength(0);
                inQuotes = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                consumeLineEnd(c);
                fields.add(field.toString());
                return new TableRecord(startLine, fields, false);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return new TableRecord(startLine, fields, inQuotes);
    }

    /** Counts one line for CRLF, LF or CR. */
    private void consumeLineEnd(char c) {
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
    }
}
