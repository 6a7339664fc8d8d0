package cn.tianjin.quality.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.platform.pdf.PdfFonts.CjkFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontsTest {

    @TempDir
    Path dir;

    @Test
    void aConfiguredFontThatIsMissingIsReportedWithItsPathAndKey() {
        Path missing = dir.resolve("NoSuchFont.ttc");

        assertThatThrownBy(() -> PdfFonts.find(Optional.of(missing + ",2")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pdf.font")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void aConfiguredCollectionKeepsItsIndex() throws IOException {
        Path ttc = Files.createFile(dir.resolve("Some CJK, Regular.ttc"));

        CjkFont font = PdfFonts.find(Optional.of(" " + ttc + ", 2 "));

        assertThat(font).isEqualTo(new CjkFont(ttc, 2));
        assertThat(font.fontName()).isEqualTo(ttc + ",2");
    }

    @Test
    void aSingleFontFileIsNamedWithoutIndex() throws IOException {
        Path ttf = Files.createFile(dir.resolve("wqy.ttf"));

        assertThat(PdfFonts.find(Optional.of(ttf.toString())).fontName()).isEqualTo(ttf.toString());
    }

    @Test
    void withoutSettingTheFirstInstalledCandidateIsUsed() throws IOException {
        Path second = Files.createFile(dir.resolve("second.ttc"));
        List<CjkFont> candidates = List.of(new CjkFont(dir.resolve("first.ttc"), 2), new CjkFont(second, 0));

        assertThat(PdfFonts.find(Optional.of("  "), candidates)).isEqualTo(new CjkFont(second, 0));
    }

    @Test
    void noFontAtAllNamesTheDebianPackage() {
        List<CjkFont> candidates = List.of(new CjkFont(dir.resolve("absent.ttc"), 2));

        assertThatThrownBy(() -> PdfFonts.find(Optional.empty(), candidates))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fonts-noto-cjk");
    }
}
