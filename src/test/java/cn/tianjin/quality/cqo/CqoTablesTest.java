package cn.tianjin.quality.cqo;

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

class CqoTablesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final String ID_1 = "11010519491231002X";
    private static final String ID_2 = id("12010419800615123");
    private static final String CODE = CreditCode.withCheckCharacter("91120116MA07TEAT1");

    private static String id(String first17) {
        return first17 + IdentityDocument.residentCheckCharacter(first17);
    }

    private static List<TableRecord> csv(String text, Charset charset) throws Exception {
        return Tables.read(text.getBytes(charset), 100);
    }

    @Test
    void aTrainingListInGb18030WithChineseHeadersInAnyOrderIsRead() throws Exception {
        var parsed = CqoTables.training(csv("""
                序号,姓名,证件号码,证书编号,结业日期,培训机构
                1,张明远,%s,TJ-PX-001,2025年6月30日,天津市质量协会
                2, 李娜 ,%s,TJ-PX-002,2025/6/30,天津市质量协会
                """.formatted(ID_1.toLowerCase(), ID_2), Charset.forName("GB18030")), TODAY);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(CqoTables.TrainingRow::line, CqoTables.TrainingRow::number, CqoTables.TrainingRow::name)
                .containsExactly(tuple(2, ID_1, "张明远"), tuple(3, ID_2, "李娜"));
        assertThat(parsed.rows().get(0).kind()).isEqualTo(IdentityDocument.RESIDENT_ID);
        assertThat(parsed.rows().get(0).completedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndColumn() throws Exception {
        var parsed = CqoTables.training(csv("""
                idNumber,name,certificate,completedOn,trainingBody,idKind
                %s,张明远,TJ-PX-001,2027-01-01,天津市质量协会,
                110105194912310021,李娜,TJ-PX-002,2025-06-30,天津市质量协会,
                %s,王强,,2025-06-30,天津市质量协会,军官证
                %s,张明远,TJ-PX-003,2025-06-30,天津市质量协会,
                %s,张明远,TJ-PX-003,2025-06-30,天津市质量协会,
                """.formatted(ID_1, ID_2, ID_1, ID_1), StandardCharsets.UTF_8), TODAY);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.rows()).hasSize(1);
        assertThat(parsed.errors()).extracting(RowError::line, RowError::column, RowError::messageKey).containsExactly(
                tuple(2, "结业日期", "table.future"),
                tuple(3, "证件号码", "cqo.id.checkCharacter"),
                tuple(4, "证件类型", "cqo.import.idKind"),
                tuple(4, "证书编号", "csv.required"),
                tuple(6, null, "table.duplicateRow"));
    }

    @Test
    void aMissingColumnRefusesTheFileAtItsHeader() throws Exception {
        var parsed = CqoTables.training(csv("姓名,证件号码\n张明远," + ID_1 + "\n", StandardCharsets.UTF_8), TODAY);
        assertThat(parsed.errors()).extracting(RowError::line, RowError::messageKey)
                .containsOnly(tuple(1, "csv.missingColumn"));
        assertThat(CqoTables.training(csv("\n\n", StandardCharsets.UTF_8), TODAY).errors())
                .extracting(RowError::messageKey).containsExactly("csv.empty");
    }

    @Test
    void anXlsxListOfExistingOfficersIsReadWithDateCellsAndNumbers() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("首席质量官");
            String[] header = {"统一社会信用代码", "姓名", "证件号码", "学历", "职称", "职务", "直接向谁报告", "从事质量工作年限", "培训证书编号",
                "任命日期", "职责", "登记日期"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = sheet.createRow(1);
            Object[] values = {CODE, "张明远", ID_1, "大学本科", "高级工程师", "副总经理", "总经理", 8d, "TJ-PX-001",
                LocalDate.of(2019, 3, 1), "统筹质量管理", LocalDate.of(2019, 5, 20)};
            var dates = book.createCellStyle();
            dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            for (int i = 0; i < values.length; i++) {
                var cell = r.createCell(i);
                if (values[i] instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dates);
                } else if (values[i] instanceof Double n) {
                    cell.setCellValue(n);
                } else {
                    cell.setCellValue((String) values[i]);
                }
            }
            Row bad = sheet.createRow(3);
            bad.createCell(0).setCellValue(CODE);
            bad.createCell(1).setCellValue("李娜");
            bad.createCell(2).setCellValue(1.20104198006151E17);
            book.write(out);
            xlsx = out.toByteArray();
        }
        List<TableRecord> records = Tables.read(xlsx, 100);
        var parsed = CqoTables.existing(records, TODAY);
        assertThat(parsed.rows()).hasSize(1);
        CqoTables.ExistingRow row = parsed.rows().get(0);
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.creditCode()).isEqualTo(CODE);
        assertThat(row.form().getEducation()).isEqualTo(Education.BACHELOR);
        assertThat(row.form().getYearsQuality()).isEqualTo(8);
        assertThat(row.form().getAppointedOn()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(row.registeredOn()).isEqualTo(LocalDate.of(2019, 5, 20));
        assertThat(parsed.errors()).extracting(RowError::line).containsOnly(4);
        assertThat(parsed.errors()).extracting(RowError::messageKey).contains("cqo.id.format.RESIDENT_ID", "csv.required");
    }

    @Test
    void somethingThatIsNeitherCsvNorAWorkbookIsUnreadable() {
        byte[] fake = {'P', 'K', 3, 4, 0, 0, 1};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Tables.read(fake, 10)).isInstanceOf(Tables.Unreadable.class);
    }
}
