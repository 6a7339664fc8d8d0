package cn.tianjin.quality.platform.pdf;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.Optional;

/** What the tests of the PDF reports share: the machine's CJK font if it has one, and a PDF's text page after page. */
public final class PdfText {
    private PdfText() {
    }

    /** The font the reports embed, or empty on a machine without one (the tests then say so and are skipped). */
    public static Optional<PdfFonts.CjkFont> font() {
        try {
            return Optional.of(PdfFonts.find(Optional.empty()));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The text of every page, a line break after each. */
    public static String of(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
