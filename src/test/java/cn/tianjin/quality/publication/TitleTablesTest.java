package cn.tianjin.quality.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.platform.tables.Tables;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitleTablesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String CODE = CreditCode.withCheckCharacter("91120116MA07TEAT1");
    private static final String OTHER = CreditCode.withCheckCharacter("91120110MA05U7N35");
    private static final Map<String, String> LEVELS = Map.of("AWARD", "AWARD", "天津质量奖", "AWARD", "NOMINATION", "NOMINATION",
            "天津质量奖提名奖", "NOMINATION");

    private static TitleTables.Parsed read(String csv) throws Exception {
        return TitleTables.read(Tables.read(csv.getBytes(StandardCharsets.UTF_8), 100), LEVELS, TODAY);
    }

    @Test
    void aListWithChineseHeadersAndLevelNamesIsRead() throws Exception {
        var parsed = read("""
                序号,统一社会信用代码,企业名称,表彰事项,称号,年度,证书编号,批准文件,发布日期,有效期至
                1,%s,天津甲公司,零缺陷管理,天津质量奖提名奖,2019,津质奖〔2019〕第11号,津政函〔2019〕142号,2019年12月20日,
                2,%s,天津乙公司,全员质量管理, 天津质量奖 ,2021,,津政函〔2021〕156号,2022/1/5,2024-12-31
                """.formatted(CODE.toLowerCase(), OTHER));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(TitleTables.Row::creditCode, TitleTables.Row::level, TitleTables.Row::year,
                        TitleTables.Row::certificateNumber, TitleTables.Row::publishedOn, TitleTables.Row::validUntil)
                .containsExactly(tuple(CODE, "NOMINATION", 2019, "津质奖〔2019〕第11号", LocalDate.of(2019, 12, 20), null),
                        tuple(OTHER, "AWARD", 2021, null, LocalDate.of(2022, 1, 5), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void everyBadCellIsReportedWithItsLineAndColumn() throws Exception {
        var parsed = read("""
                creditCode,enterpriseName,subject,level,year,approvalDocument,publishedOn,validUntil
                %s,,模式,金奖,1998,文件,2019-12-20,
                %s,天津乙公司,模式,AWARD,2021,文件,2020-12-20,2020-12-01
                %s,天津乙公司,模式,AWARD,2027,文件,2027-01-02,
                """.formatted(CODE.substring(0, 17) + "0", OTHER, OTHER));
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).extracting(RowError::line, RowError::column, RowError::messageKey).containsExactly(
                tuple(2, "统一社会信用代码", CreditCode.check(CODE.substring(0, 17) + "0").messageKey()),
                tuple(2, "企业名称", "csv.required"),
                tuple(2, "称号", "title.import.level"),
                tuple(2, "年度", "title.import.year"),
                tuple(3, "发布日期", "title.import.publishedBeforeYear"),
                tuple(3, "有效期至", "title.import.untilBeforePublished"),
                tuple(4, "年度", "title.import.year"),
                tuple(4, "发布日期", "table.future"));
    }

    @Test
    void theSameEnterpriseLevelAndYearTwiceIsAProblemOfTheSecondLine() throws Exception {
        var parsed = read("""
                统一社会信用代码,企业名称,表彰事项,称号,年度,批准文件,发布日期
                %s,天津甲公司,模式,AWARD,2019,文件,2019-12-20
                %s,天津甲公司,另一模式,天津质量奖,2019,文件,2019-12-20
                %s,天津甲公司,模式,NOMINATION,2019,文件,2019-12-20
                """.formatted(CODE, CODE, CODE));
        assertThat(parsed.errors()).containsExactly(RowError.of(3, null, "table.duplicateRow", 2));
        assertThat(parsed.rows()).hasSize(2);
    }

    @Test
    void aMissingColumnStopsTheFileAtItsHeader() throws Exception {
        var parsed = read("统一社会信用代码,企业名称,称号,年度,批准文件,发布日期\n" + CODE + ",甲,AWARD,2019,文件,2019-12-20\n");
        assertThat(parsed.errors()).extracting(RowError::messageKey).containsExactly("csv.missingColumn");
    }
}
