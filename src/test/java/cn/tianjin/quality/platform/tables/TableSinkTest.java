package cn.tianjin.quality.platform.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableSinkTest {
    private static final List<?> ROW = Arrays.asList("=HYPERLINK(\"http://evil\",\"点我\")", "天津, 滨海", 42,
            LocalDate.of(2026, 12, 7), LocalDateTime.of(2026, 12, 7, 9, 30), null, "-5", "普通文字");

    private static byte[] write(TableSink.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableSink sink = TableSink.open(format, out, "企业名录")) {
            sink.header(List.of("名称", "地址", "数量", "日期", "时间", "空", "负号", "文字"));
            sink.row(ROW);
        }
        return out.toByteArray();
    }

    @Test
    void csvHasTheBomQuotesWhatNeedsItAndNeutralisesFormulas() {
        byte[] bytes = write(TableSink.Format.CSV);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).isEqualTo("名称,地址,数量,日期,时间,空,负号,文字\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\",\"天津, 滨海\",42,2026-12-07,2026-12-07 09:30,,'-5,普通文字\r\n");
    }

    @Test
    void xlsxKeepsNumbersAndDatesAndMarksFormulaTextAsText() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(TableSink.Format.XLSX)))) {
            var sheet = book.getSheet("企业名录");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            XSSFRow row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(42.0);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(row.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 7, 9, 30));
            assertThat(row.getCell(5)).isNull();
            assertThat(row.getCell(6).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(7).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }
}
