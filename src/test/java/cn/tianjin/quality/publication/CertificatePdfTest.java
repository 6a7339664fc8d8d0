package cn.tianjin.quality.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.tianjin.quality.publication.CertificatePdf.Certificate;
import cn.tianjin.quality.publication.CertificatePdf.Labels;
import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.platform.pdf.PdfFonts;
import cn.tianjin.quality.platform.pdf.PdfFonts.CjkFont;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders real certificates with the machine's CJK font; the sample is kept in target/certificate-sample.pdf. */
class CertificatePdfTest {

    static final Labels ZH = new Labels("天津质量奖证书", "在{3}年度天津质量奖评审中，以“{1}”成效显著，荣获{2}。特发此证，以资鼓励。",
            "证书编号", "颁发日期", "批准文号", "天津市人民政府", "扫码核验证书真伪");

    private static final CertificateSerial.Scheme TQA = new CertificateSerial.Scheme("TQA", "AN");

    private static CertificatePdf pdf;

    @BeforeAll
    static void font() {
        Optional<CjkFont> font;
        try {
            font = Optional.of(PdfFonts.find(Optional.empty()));
        } catch (IllegalStateException e) {
            font = Optional.empty();
        }
        assumeTrue(font.isPresent(), "No CJK font on this machine: install the Debian package fonts-noto-cjk");
        pdf = new CertificatePdf(font.get());
    }

    @Test
    void aChineseCertificateIsOnePageWithItsSerialReadable() throws IOException {
        String serial = TQA.of(2026, 'A', 3);
        Certificate c = new Certificate(serial, "天津市海河精密机械有限公司", CreditCode.withCheckCharacter("91120116MA05K3XH4"), "精益·协同·数智驱动的卓越质量管理模式",
                "天津质量奖", 2026, "2026年12月18日", "津政函〔2026〕112号",
                "https://quality.tj.example.cn/public/certificate?serial=" + serial);

        byte[] bytes = pdf.render(c, ZH);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "certificate-sample.pdf"), bytes);

        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new PdfReader(bytes).getNumberOfPages()).isEqualTo(1);
        assertThat(text(bytes)).contains(serial, "天津市海河精密机械有限公司", "津政函〔2026〕112号", "天津市人民政府");
        // The year goes in as text: no "2,026".
        assertThat(text(bytes)).contains("在2026年度").doesNotContain("2,026");
    }

    @Test
    void veryLongNamesAndCitationsStillFitOnOnePage() throws IOException {
        String serial = TQA.of(2031, 'N', 99);
        String name = "天津滨海新区临港经济区高端装备制造与绿色智能船舶海洋工程配套产业集团股份有限公司第二分公司";
        Certificate c = new Certificate(serial, name, null, "以顾客为中心、全员参与、持续改进的卓越绩效管理模式".repeat(8),
                "天津质量奖提名奖", 2031, "2031年1月5日", null, "https://quality.tj.example.cn/public/certificate?serial="
                + serial + "&lang=zh-CN&utm=" + "x".repeat(120));

        byte[] bytes = pdf.render(c, ZH);
        Files.write(Path.of("target", "certificate-long.pdf"), bytes);

        assertThat(new PdfReader(bytes).getNumberOfPages()).isEqualTo(1);
        assertThat(text(bytes)).contains(serial, "天津质量奖提名奖");
    }

    @Test
    void aCertificateWithoutVerificationAddressOrTextsStillRenders() throws IOException {
        Certificate bare = new Certificate(null, "Haihe Precision\u0007 😀", null, null, null, 2026, null, null, " ");
        Labels none = new Labels(null, "{0} {1} {2} {3}", null, null, null, null, null);

        byte[] bytes = pdf.render(bare, none);

        assertThat(new PdfReader(bytes).getNumberOfPages()).isEqualTo(1);
        assertThat(text(bytes)).contains("Haihe Precision ?").doesNotContain("\u0007");
    }

    @Test
    void qrModulesHaveTheThreeFinderPatterns() {
        boolean[][] m = CertificatePdf.qrModules("https://quality.tj.example.cn/public/certificate?serial=TQA-2026-A-03-E");

        assertThat(m.length).isGreaterThan(20);
        assertThat(m).hasDimensions(m.length, m.length);
        int far = m.length - 7;
        assertFinder(m, 0, 0);
        assertFinder(m, 0, far);
        assertFinder(m, far, 0);
        // The fourth corner has none: its 7x7 border is not all dark.
        assertThat(border(m, far, far)).isFalse();
    }

    @Test
    void chineseTextIsEncodedToo() {
        assertThat(CertificatePdf.qrModules("天津质量奖 TQA-2026-A-03-E").length).isGreaterThan(20);
        assertThatIllegalArgumentException().isThrownBy(() -> CertificatePdf.qrModules(""));
        assertThatIllegalArgumentException().isThrownBy(() -> CertificatePdf.qrModules("x".repeat(5000)));
    }

    /** A finder pattern: a dark 7x7 ring, a light ring inside it, a dark 3x3 core. */
    private static void assertFinder(boolean[][] m, int top, int left) {
        assertThat(border(m, top, left)).as("dark border at %d,%d", top, left).isTrue();
        for (int i = 1; i < 6; i++) {
            for (int j = 1; j < 6; j++) {
                boolean core = i >= 2 && i <= 4 && j >= 2 && j <= 4;
                assertThat(m[top + i][left + j]).as("module %d,%d of finder at %d,%d", i, j, top, left).isEqualTo(core);
            }
        }
    }

    private static boolean border(boolean[][] m, int top, int left) {
        for (int i = 0; i < 7; i++) {
            if (!m[top][left + i] || !m[top + 6][left + i] || !m[top + i][left] || !m[top + i][left + 6]) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] bytes) throws IOException {
        return new PdfTextExtractor(new PdfReader(bytes)).getTextFromPage(1);
    }
}
