package cn.tianjin.quality.platform.tables;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table leaving the portal, written row by row as it is read so a long list never sits in memory: CSV (UTF-8 with
 * the byte-order mark Excel looks for, RFC 4180 quoting) or XLSX (Apache POI's streaming workbook). Text a spreadsheet
 * would take for a formula (starting with = + - @ or a tab or line break) is neutralised: a leading apostrophe in CSV,
 * a text cell marked as such in XLSX. Numbers and dates stay numbers and dates.
 */
public abstract class TableSink implements AutoCloseable {
    /** Rows the XLSX writer keeps in memory before writing them out. */
    static final int WINDOW = 200;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public enum Format {
        CSV("text/csv; charset=utf-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static TableSink open(Format format, OutputStream out, String sheetName) {
        return format == Format.CSV ? new Csv(out) : new Xlsx(out, sheetName);
    }

    /** The header row (text only). */
    public abstract void header(List<String> names);

    /** One row: text, numbers, dates, date-times, booleans as text; null as an empty cell. */
    public abstract void row(List<?> cells);

    @Override
    public abstract void close();

    /** Whether a spreadsheet would read the text as a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    /** The text as a CSV cell shows it: formulas neutralised with an apostrophe, quoted where needed. */
    static String csvCell(Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof String s) {
            text = looksLikeFormula(s) ? "'" + s : s;
        } else if (value instanceof LocalDateTime t) {
            text = t.format(MINUTES);
        } else if (value instanceof BigDecimal d) {
            text = d.toPlainString();
        } else {
            text = value.toString();
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static final class Csv extends TableSink {
        private final Writer out;

        Csv(OutputStream stream) {
            out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            write("\uFEFF");
        }

        @Override
        public void header(List<String> names) {
            row(names);
        }

        @Override
        public void row(List<?> cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(csvCell(cells.get(i)));
            }
            write(line.append("\r\n").toString());
        }

        private void write(String s) {
            try {
                out.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends TableSink {
        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        private final SXSSFSheet sheet;
        private final CellStyle bold;
        private final CellStyle date;
        private final CellStyle dateTime;
        private final CellStyle text;
        private int rows;
        private int columns;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            workbook.setCompressTempFiles(true);
            sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
        }

        @Override
        public void header(List<String> names) {
            Row r = sheet.createRow(rows++);
            for (int i = 0; i < names.size(); i++) {
                Cell c = r.createCell(i);
                c.setCellValue(names.get(i));
                c.setCellStyle(bold);
                // A width from the header, since a streamed sheet cannot measure its columns afterwards.
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, names.get(i).length() * 3)) * 256);
            }
            columns = names.size();
            sheet.createFreezePane(0, 1);
        }

        @Override
        public void row(List<?> cells) {
            Row r = sheet.createRow(rows++);
            for (int i = 0; i < cells.size(); i++) {
                Object v = cells.get(i);
                if (v == null) {
                    continue;
                }
                Cell c = r.createCell(i);
                if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    c.setCellValue(d);
                    c.setCellStyle(date);
                } else if (v instanceof LocalDateTime t) {
                    c.setCellValue(t);
                    c.setCellStyle(dateTime);
                } else {
                    String s = v.toString();
                    c.setCellValue(s);
                    if (looksLikeFormula(s)) {
                        c.setCellStyle(text);
                    }
                }
            }
        }

        @Override
        public void close() {
            try {
                if (columns > 0 && rows > 1) {
                    sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, rows - 1, 0, columns - 1));
                }
                workbook.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    workbook.close();
                } catch (IOException e) {
                    // the temporary files are gone with the workbook; nothing more to do
                }
            }
        }
    }
}
