package cn.tianjin.quality.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.platform.tables.TableRecord;
import cn.tianjin.quality.platform.tables.Tables;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpotCheckTablesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String A = CreditCode.withCheckCharacter("91120116MA07TEAT1");
    private static final String B = CreditCode.withCheckCharacter("91120104MA05KX2P1");

    private static List<TableRecord> csv(String text, Charset charset) throws Exception {
        return Tables.read(text.getBytes(charset), 100);
    }

    @Test
    void theInspectionSystemsExportInGb18030IsRead() throws Exception {
        var parsed = SpotCheckTables.read(csv("""
                序号,统一社会信用代码,企业名称,产品名称,批次,抽样日期,检验结论,不合格项目,检验机构,整改期限
                1,%s,天津甲电器有限公司,电热水壶,20261101,2026年11月10日,不合格,耐热性,市质检院,2026-12-10
                2,%s,,LED灯具,B-07,2026/11/12,合格,,市质检院,
                """.formatted(A, B), Charset.forName("GB18030")), TODAY);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(SpotCheckTables.Row::line, r -> r.form().getPassed(), r -> r.form().getRectifyBy())
                .containsExactly(tuple(2, false, LocalDate.of(2026, 12, 10)), tuple(3, true, null));
        assertThat(parsed.rows().get(1).form().getEnterpriseName()).isNull();
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndColumn() throws Exception {
        var parsed = SpotCheckTables.read(csv("""
                creditCode,product,batch,checkedOn,result,failedItems,inspectionBody,rectifyBy
                %s,电热水壶,1,2026-11-10,不合格,,市质检院,
                %s,电热水壶,2,2027-01-01,合格,,市质检院,
                %s,电热水壶,3,2026-11-10,基本合格,,市质检院,
                %s,电热水壶,4,2026-11-10,fail,耐热性,市质检院,2026-11-01
                %s,电热水壶,5,2026-11-10,pass,,市质检院,
                %s,电热水壶,5,2026-11-10,pass,,市质检院,
                123,电热水壶,6,2026-11-10,pass,,,
                """.formatted(A, A, A, A, A, A), StandardCharsets.UTF_8), TODAY);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.errors()).extracting(RowError::line, RowError::column, RowError::messageKey).containsExactly(
                tuple(2, "不合格项目", "csv.required"),
                tuple(2, "整改期限", "spotCheck.rectifyBy.required"),
                tuple(3, "抽样日期", "spotCheck.checkedOn.future"),
                tuple(4, "检验结论", "spotCheck.import.result"),
                tuple(5, "整改期限", "spotCheck.rectifyBy.beforeCheck"),
                tuple(7, null, "table.duplicateRow"),
                tuple(8, "统一社会信用代码", "creditCode.length"),
                tuple(8, "检验机构", "csv.required"));
    }

    @Test
    void aMissingColumnIsNamedInBothLanguages() throws Exception {
        var parsed = SpotCheckTables.read(csv("统一社会信用代码,产品名称,批次,抽样日期,检验机构\n" + A + ",水壶,1,2026-11-10,院\n",
                StandardCharsets.UTF_8), TODAY);
        assertThat(parsed.errors()).extracting(RowError::messageKey, e -> e.args()[1]).containsExactly(tuple("csv.missingColumn", "检验结论"));
    }

    @Test
    void anXlsxExportWithDateCellsIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("抽查结果");
            String[] header = {"统一社会信用代码", "产品名称", "批次", "抽样日期", "检验结论", "不合格项目", "检验机构", "整改期限"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            var dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(A);
            r.createCell(1).setCellValue("电热水壶");
            r.createCell(2).setCellValue(20261101);
            r.createCell(3).setCellValue(LocalDate.of(2026, 11, 10));
            r.getCell(3).setCellStyle(dateStyle);
            r.createCell(4).setCellValue("不合格");
            r.createCell(5).setCellValue("耐热性");
            r.createCell(6).setCellValue("市质检院");
            r.createCell(7).setCellValue(LocalDate.of(2026, 12, 10));
            r.getCell(7).setCellStyle(dateStyle);
            book.write(out);
        }
        var parsed = SpotCheckTables.read(Tables.read(out.toByteArray(), 100), TODAY);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.form().getBatch()).isEqualTo("20261101");
            assertThat(row.form().getCheckedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
            assertThat(row.form().getRectifyBy()).isEqualTo(LocalDate.of(2026, 12, 10));
        });
    }
}
