package cn.tianjin.quality.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.tianjin.quality.credit.CreditCsv.Result;
import cn.tianjin.quality.credit.CreditCsv.Row;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.enterprise.CreditCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final String HEADER = "code,name,reason,source,listed_on,removal_on\n";
    private static final String CODE_A = CreditCode.withCheckCharacter("91120116MA05KL7P7");
    private static final String CODE_B = CreditCode.withCheckCharacter("91120104718637502");
    private static final String CODE_C = CreditCode.withCheckCharacter("91120113MA06RT2K1");

    private static Result parse(String csv) {
        return CreditCsv.parse(csv.getBytes(StandardCharsets.UTF_8), TODAY);
    }

    private static String code(int n) {
        return CreditCode.withCheckCharacter(String.format("91120116MA%07d", n));
    }

    @Test
    void goodFileWithEnglishHeaders() {
        Result result = parse(HEADER
                + CODE_A + ",天津滨海精工机械有限公司,产品质量抽查不合格拒不整改,津市监罚〔2024〕12号,2024-03-15,\n"
                + CODE_B + ",天津南开示例食品有限公司,生产销售不合格食品,津南市监罚〔2025〕3号,2025-01-02,2027-01-02\n");

        assertThat(result.ok()).isTrue();
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new Row(2, CODE_A, "天津滨海精工机械有限公司", "产品质量抽查不合格拒不整改", "津市监罚〔2024〕12号",
                        LocalDate.of(2024, 3, 15), LocalDate.of(2027, 3, 15)),
                new Row(3, CODE_B, "天津南开示例食品有限公司", "生产销售不合格食品", "津南市监罚〔2025〕3号",
                        LocalDate.of(2025, 1, 2), LocalDate.of(2027, 1, 2)));
    }

    @Test
    void chineseHeadersInAnyOrderWithExtraColumnsAndNoRemovalColumn() {
        Result result = parse("序号,列入日期,企业名称,统一社会信用代码,失信原因,文书,备注\n"
                + "1,2025-06-30,天津北辰示例化工有限公司," + CODE_C.toLowerCase() + ",虚假标注,北辰市监罚〔2025〕8号,无\n");

        assertThat(result.ok()).isTrue();
        Row row = result.rows().get(0);
        assertThat(row.code()).isEqualTo(CODE_C);
        assertThat(row.name()).isEqualTo("天津北辰示例化工有限公司");
        assertThat(row.listedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(row.removalOn()).isEqualTo(LocalDate.of(2028, 6, 30));
    }

    @Test
    void headerNamesAreMatchedLoosely() {
        Result result = parse("Code, Name ,REASON,Source Document,Listed On,removal-on\n"
                + CODE_A + ",n,r,s,2025-01-01,\n");

        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).hasSize(1);
    }

    @Test
    void utf8ByteOrderMarkIsIgnored() {
        byte[] body = (HEADER + CODE_A + ",天津示例,原因,文书1号,2025-01-01,\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        Result result = CreditCsv.parse(withBom, TODAY);

        assertThat(result.ok()).isTrue();
        assertThat(result.rows().get(0).code()).isEqualTo(CODE_A);
    }

    @Test
    void gb18030FileFromExcelIsDecoded() throws Exception {
        Charset gb18030 = Charset.forName("GB18030");
        String text = "统一社会信用代码,企业名称,失信原因,文书,列入日期,移出日期\r\n"
                + CODE_A + ",天津津南示例纺织有限公司,伪造产品产地,津南市监罚〔2025〕21号,2025/7/1,\r\n"
                + CODE_B + ",天津河西示例电器有限公司,以次充好，情节严重,河西市监罚〔2024〕5号,2024.11.20,2027.11.20\r\n";
        byte[] bytes = text.getBytes(gb18030);
        assertThat(isValidUtf8(bytes)).as("fixture must not be valid UTF-8").isFalse();

        Result result = CreditCsv.parse(bytes, TODAY);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(Row::name).containsExactly("天津津南示例纺织有限公司", "天津河西示例电器有限公司");
        assertThat(result.rows().get(1).reason()).isEqualTo("以次充好，情节严重");
        assertThat(result.rows().get(0).listedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndNewlines() {
        Result result = parse(HEADER
                + CODE_A + ",\"天津示例, 有限公司\",\"他说\"\"整改\"\"，未整改\",\"第一行\n第二行\r\n第三行\",2025-01-01,\n"
                + CODE_B + ",乙,原因,文书,2025-01-01,\n");

        assertThat(result.errors()).isEmpty();
        Row first = result.rows().get(0);
        assertThat(first.name()).isEqualTo("天津示例, 有限公司");
        assertThat(first.reason()).isEqualTo("他说\"整改\"，未整改");
        assertThat(first.source()).isEqualTo("第一行\n第二行\n第三行");
        assertThat(first.line()).isEqualTo(2);
        assertThat(result.rows().get(1).line()).as("record after a three-line field").isEqualTo(5);
    }

    @Test
    void lineNumbersCountBlankLinesAndAllLineEndings() {
        Result result = parse("\n" + HEADER.replace("\n", "\r\n")
                + "\r\n"
                + CODE_A + ",甲,原因,文书,2025-01-01,\r"
                + ",,,,,\n"
                + "   \n"
                + CODE_B + ",乙,原因,文书,2025-01-01,");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(Row::line).containsExactly(4, 7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-01", "2025/3/1", "2025.3.1", "2025-3-1", "2025年3月1日", "２０２５-０３-０１", " 2025/03/01 "})
    void acceptedDateFormats(String date) {
        assertThat(cn.tianjin.quality.platform.tables.TableText.parseDate(date)).contains(LocalDate.of(2025, 3, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-29", "2025/13/1", "2025-3/1", "01/03/2025", "20250301", "2025-03-01 00:00", "明天"})
    void rejectedDateFormats(String date) {
        assertThat(cn.tianjin.quality.platform.tables.TableText.parseDate(date)).isEmpty();
    }

    @Test
    void badDateIsReportedWithColumnAndValue() {
        Result result = parse(HEADER + CODE_A + ",甲,原因,文书,2025-02-29,下月\n");

        assertThat(result.ok()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(
                RowError.of(2, "listed_on", "csv.date", "listed_on", "列入日期", "2025-02-29"),
                RowError.of(2, "removal_on", "csv.date", "removal_on", "移出日期", "下月"));
    }

    @Test
    void missingRequiredColumnsAreAllReported() {
        Result result = parse("统一社会信用代码,企业名称,列入日期\n" + CODE_A + ",甲,2025-01-01\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(
                RowError.of(1, "reason", "csv.missingColumn", "reason", "失信原因"),
                RowError.of(1, "source", "csv.missingColumn", "source", "文书"));
    }

    @Test
    void sameColumnTwiceIsRejected() {
        Result result = parse("code,统一社会信用代码,name,reason,source,listed_on\n");

        assertThat(result.errors()).containsExactly(
                RowError.of(1, "code", "csv.duplicateColumn", "code", "统一社会信用代码"));
    }

    @Test
    void emptyFile() {
        assertThat(CreditCsv.parse(new byte[0], TODAY).errors())
                .containsExactly(new RowError(1, null, "csv.empty", null));
        assertThat(parse("\n\r\n  \n").errors()).containsExactly(new RowError(1, null, "csv.empty", null));
    }

    @Test
    void headerWithoutEntriesCountsAsEmpty() {
        Result result = parse("\n" + HEADER + ",,,,,\n");

        assertThat(result.errors()).containsExactly(new RowError(2, null, "csv.empty", null));
    }

    @Test
    void badCodesReuseCreditCodeMessages() {
        Result result = parse(HEADER
                + "9112011,甲,原因,文书,2025-01-01,\n"
                + "91120116MA05KL7POZ,乙,原因,文书,2025-01-01,\n"
                + CODE_A.substring(0, 17) + "0,丙,原因,文书,2025-01-01,\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(
                RowError.of(2, "code", "creditCode.length", 7),
                RowError.of(3, "code", "creditCode.character", 17, "O"),
                RowError.of(4, "code", "creditCode.checkCharacter", "N", "0"));
    }

    @Test
    void blankRequiredFieldsAreEachReported() {
        Result result = parse(HEADER + " ,\u3000, ,\"\",,2027-01-01\n");

        assertThat(result.errors()).extracting(RowError::column, RowError::messageKey).containsExactly(
                tuple("code", "csv.required"),
                tuple("name", "csv.required"),
                tuple("reason", "csv.required"),
                tuple("source", "csv.required"),
                tuple("listed_on", "csv.required"));
        assertThat(result.errors().get(1).args()).containsExactly("name", "企业名称");
    }

    @Test
    void shortRecordMissesTrailingFields() {
        Result result = parse(HEADER + CODE_A + ",甲,原因\n");

        assertThat(result.errors()).extracting(RowError::column).containsExactly("source", "listed_on");
    }

    @Test
    void removalBeforeListingIsReported() {
        Result result = parse(HEADER + CODE_A + ",甲,原因,文书,2025-05-01,2025-05-01\n");

        assertThat(result.errors()).containsExactly(RowError.of(2, "removal_on", "credit.removalBeforeListing",
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 1)));
    }

    @Test
    void listingInTheFutureIsReported() {
        Result result = parse(HEADER + CODE_A + ",甲,原因,文书,2026-03-02,\n" + CODE_B + ",乙,原因,文书,2026-03-01,\n");

        assertThat(result.errors()).containsExactly(
                RowError.of(2, "listed_on", "credit.listedInFuture", LocalDate.of(2026, 3, 2)));
        assertThat(result.rows()).extracting(Row::line).containsExactly(3);
    }

    @Test
    void sameCodeWithOverlappingPeriodIsADuplicate() {
        Result result = parse(HEADER
                + CODE_A + ",甲,原因一,文书1,2024-01-01,\n"
                + CODE_B + ",乙,原因,文书,2024-01-01,\n"
                + CODE_A.toLowerCase() + ",甲,原因二,文书2,2026-01-01,\n");

        assertThat(result.errors()).containsExactly(
                RowError.of(4, "code", "csv.duplicate", 2, CODE_A));
        assertThat(result.rows()).extracting(Row::line).containsExactly(2, 3);
    }

    @Test
    void sameCodeWithSeparatePeriodsIsAllowed() {
        Result result = parse(HEADER
                + CODE_A + ",甲,旧事由,文书1,2020-01-01,\n"
                + CODE_A + ",甲,新事由,文书2,2023-01-01,\n");

        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).hasSize(2);
    }

    @Test
    void severalProblemsInOneRowAreAllReported() {
        Result result = parse(HEADER + "X,,原因,文书,2025-13-01,\n");

        assertThat(result.errors()).extracting(RowError::column).containsExactly("code", "name", "listed_on");
    }

    @Test
    void tenThousandRowsAreAccepted() {
        Result result = parse(rows(CreditCsv.MAX_ROWS));

        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).hasSize(CreditCsv.MAX_ROWS);
    }

    @Test
    void moreThanTenThousandRowsAreRejected() {
        Result result = parse(rows(CreditCsv.MAX_ROWS + 5));

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).containsExactly(RowError.of(10_002, null, "csv.tooManyRows", 10_000));
    }

    @Test
    void unclosedQuoteStopsTheImport() {
        Result result = parse(HEADER
                + CODE_A + ",甲,原因,文书,2025-01-01,\n"
                + CODE_B + ",\"乙,原因,文书,2025-01-01,\n"
                + CODE_C + ",丙,原因,文书,2025-01-01,\n");

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).containsExactly(new RowError(3, null, "csv.unclosedQuote", null));
    }

    @Test
    void recordReaderFollowsRfc4180() {
        cn.tianjin.quality.platform.tables.CsvReader reader = new cn.tianjin.quality.platform.tables.CsvReader("a,\"b,\"\"c\"\"\",,\"\"\r\n \"x\" ,y\"z\n");

        assertThat(reader.next().fields()).containsExactly("a", "b,\"c\"", "", "");
        cn.tianjin.quality.platform.tables.TableRecord second = reader.next();
        assertThat(second.fields()).containsExactly("x ", "y\"z");
        assertThat(second.line()).isEqualTo(2);
        assertThat(reader.next()).isNull();
    }

    @Test
    void rowErrorArgsAreDefensivelyCopied() {
        java.io.Serializable[] args = {"a"};
        RowError error = new RowError(1, null, "k", args);
        args[0] = "b";
        error.args()[0] = "c";

        assertThat(error.args()).containsExactly("a");
    }

    private static String rows(int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            csv.append(code(i)).append(",企业").append(i).append(",原因,文书,2025-01-01,\n");
        }
        return csv.toString();
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
