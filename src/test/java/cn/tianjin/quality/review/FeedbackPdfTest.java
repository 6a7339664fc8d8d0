package cn.tianjin.quality.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.tianjin.quality.platform.pdf.PdfFonts.CjkFont;
import cn.tianjin.quality.platform.pdf.PdfText;
import cn.tianjin.quality.review.FeedbackPdf.Category;
import cn.tianjin.quality.review.FeedbackPdf.Labels;
import cn.tianjin.quality.review.FeedbackPdf.Report;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders real reports with the machine's CJK font. Set -Dfeedback.pdf.out=FILE to keep the sample for a look. */
class FeedbackPdfTest {

    static final Labels ZH = new Labels("质量奖评审反馈报告", "企业", "申报项目", "评分标准", "得分", "类目", "分值", "评分区间",
            "优势", "改进机会", "发布日期", "第 {0} 页", "无");
    static final Labels EN = new Labels("Quality Award feedback report", "Enterprise", "Entry", "Rubric", "Score",
            "Category", "Points", "Band", "Strengths", "Opportunities for improvement", "Released on", "Page {0}",
            "None");

    private static FeedbackPdf pdf;

    @BeforeAll
    static void font() {
        Optional<CjkFont> font = PdfText.font();
        assumeTrue(font.isPresent(), "No CJK font on this machine: install the Debian package fonts-noto-cjk");
        pdf = new FeedbackPdf(font.get());
    }

    @Test
    void aLongChineseReportRunsOverPagesWithItsTextExtractable() throws IOException {
        byte[] bytes = pdf.render(report(), ZH);
        String out = System.getProperty("feedback.pdf.out");
        if (out != null) {
            Files.write(Path.of(out), bytes);
        }

        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(bytes.length).isLessThan(2 * 1024 * 1024);
        String text = text(bytes);
        assertThat(new PdfReader(bytes).getNumberOfPages()).isGreaterThanOrEqualTo(2);
        assertThat(text).contains("天津市海河精密机械有限公司", "领导", "战略", "顾客与市场", "Measurement, analysis",
                "第 2 页", "612.5 / 1000");
    }

    @Test
    void emptyFieldsAndCharactersTheFontLacksStillRender() throws IOException {
        Category bare = new Category("7", null, 400, null, null, "Emoji 😀 and a bell\u0007 here", null);
        Report report = new Report(null, null, "Haihe Precision", null, null, null, 1000, null, null, List.of(bare));

        byte[] bytes = pdf.render(report, EN);

        String text = text(bytes);
        assertThat(text).contains("Haihe Precision", "Emoji ? and a bell here", "None", "Page 1");
        assertThat(text).doesNotContain("\u0007");
    }

    private static String text(byte[] bytes) throws IOException {
        return PdfText.of(bytes);
    }

    static Report report() {
        String leadership = """
                高层领导通过年度战略研讨会和季度经营分析会，明确了“精益、创新、共赢”的价值观，并在各层级有效沟通。
                领导层定期走访一线班组，建立了质量问题直报机制。""";
        String strategy = ("企业在战略制定过程中系统收集了顾客、供应商、行业协会和政府部门的意见，运用SWOT分析识别出高端数控"
                + "机床关键零部件的市场机会，并将战略目标分解为年度经营计划和部门关键绩效指标。\n"
                + "建议进一步明确战略目标与资源配置之间的对应关系，特别是人才培养、技术改造和数字化转型投入的优先次序，"
                + "并建立战略实施过程的定期评审和动态调整机制，确保在外部环境变化时能够及时修订战略举措，避免战略与执行脱节。")
                .repeat(12).substring(0, 2000);
        return new Report("天津市质量奖", "2025 年度第一轮评审", "天津市海河精密机械有限公司", "高端数控机床关键零部件卓越绩效实践",
                "GB/T 19580 卓越绩效评价准则（2012）", new BigDecimal("612.50"), 1000, "已按评审组共识调整", "2025-11-20",
                List.of(new Category("4.1", "领导", 110, new BigDecimal("71.5"), "50%–65%", leadership,
                                "部分中层管理者对企业愿景的理解尚不一致，建议建立领导力评价机制。"),
                        new Category("4.2", "战略", 90, new BigDecimal("45"), "50%–65%",
                                "战略规划流程清晰，覆盖三年滚动期。", strategy),
                        new Category("4.3", "顾客与市场", 90, null, null, "", null),
                        new Category("4.4", "Measurement, analysis and knowledge management", 100,
                                new BigDecimal("52.0"), "50%–65%",
                                "Key indicators are reviewed monthly; see https://quality.tj.example.cn/entries/2025/"
                                        + "haihe-precision/attachments/measurement-system-overview-and-dashboards.pdf",
                                "Benchmarking against national peers is still informal.")));
    }
}
