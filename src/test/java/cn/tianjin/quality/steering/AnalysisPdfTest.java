package cn.tianjin.quality.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.tianjin.quality.platform.pdf.PdfFonts;
import cn.tianjin.quality.platform.pdf.PdfText;
import cn.tianjin.quality.platform.web.Messages;
import cn.tianjin.quality.steering.AnalysisFigures.Part;
import cn.tianjin.quality.steering.AnalysisFigures.Row;
import cn.tianjin.quality.steering.AnalysisFigures.Table;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders reports with the machine's CJK font and the real message bundle. -Danalysis.pdf.out=FILE keeps a sample. */
class AnalysisPdfTest {
    private static AnalysisPdf pdf;

    @BeforeAll
    static void font() {
        Optional<PdfFonts.CjkFont> font = PdfText.font();
        assumeTrue(font.isPresent(), "No CJK font on this machine: install the Debian package fonts-noto-cjk");
        pdf = new AnalysisPdf(font.get());
    }

    private static AnalysisFigures figures() {
        List<Row> districts = new ArrayList<>();
        String[][] names = {{"滨海新区", "Binhai"}, {"和平区", "Heping"}, {"河西区", "Hexi"}, {"南开区", "Nankai"}};
        for (int i = 0; i < names.length; i++) {
            districts.add(new Row(names[i][0], names[i][1], List.of(BigDecimal.valueOf(9 - 2 * i))));
        }
        return new AnalysisFigures(2025, LocalDate.of(2026, 2, 20), List.of(
                new Part("analysis.part.overview", null, List.of(new Table("analysis.table.overview", "analysis.row.",
                        List.of("analysis.col.figure"), List.of(Row.of("enterprises", 1234), Row.of("applications", 87)), -1))),
                new Part("analysis.part.programmes", null, List.of(
                        new Table("analysis.table.programmes", "programme.", List.of("analysis.col.applications",
                                "analysis.col.granted", "analysis.col.holders"), List.of(Row.of("AWARD", 40, 12, 38)), 1),
                        new Table("analysis.table.byDistrict", null, List.of("analysis.col.granted"), districts, 0))),
                new Part("analysis.part.brands", "analysis.brands.none", List.of())));
    }

    @Test
    void aChineseReportCarriesItsSectionsFiguresAndNotesInOrder() throws IOException {
        List<AnalysisPdf.Section> before = List.of(new AnalysisPdf.Section("总体情况",
                "2025年，全市质量工作稳中有进。\n\n质量奖申报企业较上年增加。"));
        List<AnalysisPdf.Section> after = List.of(new AnalysisPdf.Section("下一步工作建议", ""));
        AnalysisPdf.Report report = new AnalysisPdf.Report("天津市2025年质量状况分析报告", "草稿，尚未发布", true, before,
                figures(), after);

        byte[] bytes = pdf.render(report, Locale.SIMPLIFIED_CHINESE, key -> Messages.get(Locale.SIMPLIFIED_CHINESE, key));
        String out = System.getProperty("analysis.pdf.out");
        if (out != null) {
            Files.write(Path.of(out), bytes);
        }

        String text = text(bytes);
        assertThat(text).contains("天津市2025年质量状况分析报告", "1. 总体情况", "全市质量工作稳中有进", "2. 总体数字",
                "平台登记的企业", "1234", "天津质量奖", "滨海新区", "天津品牌的评价和品牌指数尚未在本平台运行",
                "5. 下一步工作建议", "（本节尚未撰写）", "草稿 · 第 1 页");
        assertThat(text.indexOf("全市质量工作")).isLessThan(text.indexOf("平台登记的企业"));
        assertThat(text.indexOf("滨海新区")).isLessThan(text.indexOf("和平区"));
    }

    @Test
    void anEnglishReaderGetsTheWordsAndTheDataLabelsInEnglish() throws IOException {
        AnalysisPdf.Report report = new AnalysisPdf.Report("Tianjin quality analysis report 2025", "published", false,
                List.of(), figures(), List.of());

        String text = text(pdf.render(report, Locale.ENGLISH, key -> Messages.get(Locale.ENGLISH, key)));

        assertThat(text).contains("Main figures", "Enterprises registered on the portal", "Binhai", "Tianjin Quality Award",
                "Page 1");
        assertThat(text).doesNotContain("滨海新区", "Draft");
    }

    @Test
    void paragraphsAreTheTextsNonBlankLines() {
        assertThat(cn.tianjin.quality.platform.pdf.PdfFace.paragraphs("  第一段。\r\n\n   \n第二段。 ")).containsExactly("第一段。", "第二段。");
        assertThat(AnalysisPdf.figure(new BigDecimal("2025.00"))).isEqualTo("2025");
        assertThat(AnalysisPdf.figure(new BigDecimal("12.50"))).isEqualTo("12.5");
    }

    private static String text(byte[] bytes) throws IOException {
        return PdfText.of(bytes);
    }
}
