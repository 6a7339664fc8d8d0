package cn.tianjin.quality.platform.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded table, CSV or XLSX (told apart by content, not by name), into its records: for XLSX the first
 * sheet, each cell as the spreadsheet shows it (a date cell as {@code yyyy-MM-dd}, a number without grouping), the line
 * being the row number Excel shows.
 */
public final class Tables {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    /** A file that is neither readable CSV text nor an XLSX workbook. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Tables() {
    }

    /** Whether the content is a ZIP container (XLSX), by its first bytes. */
    public static boolean isWorkbook(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /**
     * The records of the file, at most {@code maxRecords} of them (non-blank or blank alike) plus one, so the caller can
     * say the file is too long.
     *
     * @throws Unreadable when an XLSX file cannot be opened
     */
    public static List<TableRecord> read(byte[] content, int maxRecords) throws Unreadable {
        List<TableRecord> out = new ArrayList<>();
        if (!isWorkbook(content)) {
            CsvReader reader = new CsvReader(TableText.decode(content));
            for (TableRecord r = reader.next(); r != null && out.size() <= maxRecords; r = reader.next()) {
                out.add(r);
            }
            return out;
        }
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                return out;
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            for (Row row : sheet) {
                if (out.size() > maxRecords) {
                    break;
                }
                List<String> fields = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    fields.add(text(row.getCell(c), formatter));
                }
                out.add(new TableRecord(row.getRowNum() + 1, fields, false));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("Not a readable XLSX workbook", e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(ISO);
        }
        if (type == CellType.NUMERIC) {
            // An identity number typed as a number has lost its last digits already: it is shown as the double it
            // is, so the check refuses it as malformed instead of reading a wrong number.
            double v = cell.getNumericCellValue();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (type == CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        return formatter.formatCellValue(cell);
    }
}
