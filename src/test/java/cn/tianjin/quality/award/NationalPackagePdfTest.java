package cn.tianjin.quality.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.tianjin.quality.platform.pdf.PdfFonts;
import cn.tianjin.quality.platform.pdf.PdfText;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders a package with the machine's CJK font: the list first, then a page per nominee with its sections. */
class NationalPackagePdfTest {
    private static NationalPackagePdf pdf;

    @BeforeAll
    static void font() {
        Optional<PdfFonts.CjkFont> font = PdfText.font();
        assumeTrue(font.isPresent(), "No CJK font on this machine: install the Debian package fonts-noto-cjk");
        pdf = new NationalPackagePdf(font.get());
    }

    @Test
    void theListComesFirstThenEachNomineeOnAPageOfItsOwn() throws IOException {
        var org = new NationalPackagePdf.Nominee("组织", "天津海河精密机械有限公司", "天津海河精密机械有限公司", "91120116MA07XXXX1A",
                List.<String[]>of(new String[] {"天津质量奖", "2024 · 津质奖〔2024〕第03号"}),
                List.of(new NationalPackagePdf.Section("组织概况", "成立于1998年。\n专注精密机械。"),
                        new NationalPackagePdf.Section("创新成果和推广价值", "")));
        var person = new NationalPackagePdf.Nominee("个人", "王匠心", "天津海河精密机械有限公司", "91120116MA07XXXX1A",
                List.<String[]>of(new String[] {"职务", "首席质量官"}), List.of(new NationalPackagePdf.Section("个人简历", "从事质量工作三十年。")));
        var labels = new NationalPackagePdf.Labels("第6届中国质量奖推荐材料", "天津市市场监督管理委员会", "推荐名单", "类别", "名称或姓名",
                "所在企业", "统一社会信用代码", "第 {0} 页", "（本节尚未撰写）");

        byte[] bytes = pdf.render(List.of(org, person), labels);

        assertThat(new PdfReader(bytes).getNumberOfPages()).isEqualTo(3);
        String text = PdfText.of(bytes);
        assertThat(text).contains("第6届中国质量奖推荐材料", "推荐名单", "1. 天津海河精密机械有限公司", "2. 王匠心", "首席质量官",
                "津质奖〔2024〕第03号", "专注精密机械", "（本节尚未撰写）", "从事质量工作三十年", "第 3 页");
        assertThat(text.indexOf("推荐名单")).isLessThan(text.indexOf("成立于1998年"));
    }

    @Test
    void aNameBecomesAPathInTheZipWithoutSlashesOrControlCharacters() {
        assertThat(NationalPackage.safe("报告/2024\\终稿:v2?.pdf")).isEqualTo("报告_2024_终稿_v2_.pdf");
        assertThat(NationalPackage.safe("  ")).isEqualTo("_");
        assertThat(NationalPackage.safe("名".repeat(100))).hasSize(80);
        assertThat(NationalPackage.safe("名".repeat(100) + ".pdf")).hasSize(80).endsWith("名.pdf");
        assertThat(NationalPackage.safe("..")).isEqualTo("_");
        assertThat(NationalPackage.safe("China Quality Award, edition 3: recommendations")).doesNotContain(":");
    }
}
