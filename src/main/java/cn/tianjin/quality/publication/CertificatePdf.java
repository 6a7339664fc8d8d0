package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.pdf.PdfFonts.CjkFont;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a title's certificate (the Tianjin Quality Award's, a quality benchmark's, ...): A4 landscape, a double
 * frame in dark red and gold, the title, the enterprise's name, the citation, the serial, approval document and date,
 * the issuer, and a QR code that leads to the public verification page. Everything is drawn at fixed places on one
 * page; long names and citations are set smaller rather than run over, so a certificate never has a second page.
 *
 * <p>The QR code is drawn as filled squares, so it stays sharp at any print size and needs no image library.
 *
 * <p>Thread-safe: every call loads its own copy of the font, which takes a few tens of milliseconds.
 */
public final class CertificatePdf {
    /** What one certificate says. Null texts print as nothing; a blank {@code verifyUrl} leaves out the QR code. */
    public record Certificate(String serial, String enterpriseName, String creditCode, String subjectName,
                              String levelName, int year, String issuedOn, String approvalDocument, String verifyUrl) {}

    /**
     * The certificate's fixed words. {@code body} is the programme's MessageFormat pattern taking {0} the enterprise,
     * {1} what the title was given for (the quality management model, the practice), {2} the level and {3} the year (passed as text, so no grouping
     * separator), for example "在{3}年度天津质量奖评审中，以“{1}”成效显著，荣获{2}。特发此证。".
     * {@code serial}, {@code issuedOn} and {@code approval} label the facts at the bottom, {@code issuer} is the
     * awarding body as signed, and {@code verifyHint} is printed under the QR code.
     */
    public record Labels(String title, String body, String serial, String issuedOn, String approval, String issuer,
                         String verifyHint) {}

    private static final Rectangle PAGE = PageSize.A4.rotate();
    private static final float CENTRE = PAGE.getWidth() / 2;
    /** The outer, heavier rule and the inner, finer rule of the frame, inset from the page edge. */
    private static final float OUTER_INSET = 24;
    private static final float INNER_INSET = 33;
    /** Text stays this far inside the inner rule. */
    private static final float TEXT_INSET = INNER_INSET + 42;
    /** Side of the QR symbol without its quiet zone; about 2.6 cm, which phone cameras read from arm's length. */
    private static final float QR_SIZE = 74;
    /** The light margin every QR symbol needs round it, in modules (ISO/IEC 18004). */
    private static final int QUIET_MODULES = 4;
    private static final float LEADING = 1.75f;
    /** Letter spacing of the title as a fraction of its size. */
    private static final float TITLE_SPACING = 0.3f;
    private static final Color CRIMSON = new Color(0x8b, 0x1a, 0x1a);
    private static final Color GOLD = new Color(0xb8, 0x93, 0x3e);
    private static final Color INK = new Color(0x1e, 0x1e, 0x1e);
    private static final Color MUTED = new Color(0x5a, 0x5a, 0x5a);

    private final CjkFont font;

    public CertificatePdf(CjkFont font) {
        this.font = Objects.requireNonNull(font);
    }

    /**
     * The certificate as PDF bytes, always exactly one page. Characters the font lacks print as "?".
     *
     * @throws UncheckedIOException when the font file cannot be read
     * @throws IllegalArgumentException when the verification URL is too long for a QR code
     */
    public byte[] render(Certificate c, Labels l) {
        Face f = new Face(font.load());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PAGE, 0, 0, 0, 0);
        try {
            PdfWriter pdf = PdfWriter.getInstance(doc, out);
            doc.addTitle(f.clean(text(l.title()) + " " + text(c.enterpriseName()) + " " + text(c.serial())).strip());
            doc.open();
            PdfContentByte cb = pdf.getDirectContent();
            frame(cb);
            title(cb, f, l);
            enterprise(cb, f, c);
            body(cb, f, c, l);
            facts(cb, f, c, l);
            issuer(cb, f, l);
            if (!text(c.verifyUrl()).isBlank()) {
                qr(cb, f, c.verifyUrl().strip(), l.verifyHint());
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the certificate", e);
        }
        return out.toByteArray();
    }

    /**
     * The modules of the QR code for the text, error correction level M (15% of the symbol may be damaged), without
     * quiet zone: {@code [row][column]}, true for dark, row 0 at the top. ASCII and Latin-1 text is encoded as
     * it is; other text as UTF-8 with an ECI marker.
     *
     * @throws IllegalArgumentException when the text is empty or too long for a QR code
     */
    public static boolean[][] qrModules(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(text)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        BitMatrix bits;
        try {
            // Width and height 0: one matrix cell per module.
            bits = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code (too long?): " + text.length() + " characters", e);
        }
        boolean[][] modules = new boolean[bits.getHeight()][bits.getWidth()];
        for (int row = 0; row < modules.length; row++) {
            for (int col = 0; col < modules[row].length; col++) {
                modules[row][col] = bits.get(col, row);
            }
        }
        return modules;
    }


    /** A heavy crimson rule, a fine gold rule inside it, and a gold diamond on each inner corner. */
    private static void frame(PdfContentByte cb) {
        float w = PAGE.getWidth();
        float h = PAGE.getHeight();
        cb.saveState();
        cb.setColorStroke(CRIMSON);
        cb.setLineWidth(3.5f);
        cb.rectangle(OUTER_INSET, OUTER_INSET, w - 2 * OUTER_INSET, h - 2 * OUTER_INSET);
        cb.stroke();
        cb.setLineWidth(0.6f);
        cb.rectangle(OUTER_INSET + 4, OUTER_INSET + 4, w - 2 * (OUTER_INSET + 4), h - 2 * (OUTER_INSET + 4));
        cb.stroke();
        cb.setColorStroke(GOLD);
        cb.setLineWidth(1.4f);
        cb.rectangle(INNER_INSET, INNER_INSET, w - 2 * INNER_INSET, h - 2 * INNER_INSET);
        cb.stroke();
        cb.setColorFill(GOLD);
        for (float x : new float[] {INNER_INSET, w - INNER_INSET}) {
            for (float y : new float[] {INNER_INSET, h - INNER_INSET}) {
                diamond(cb, x, y, 6);
            }
        }
        cb.fill();
        cb.restoreState();
    }

    private static void diamond(PdfContentByte cb, float x, float y, float r) {
        cb.moveTo(x, y + r);
        cb.lineTo(x + r, y);
        cb.lineTo(x, y - r);
        cb.lineTo(x - r, y);
        cb.closePath();
    }

    private static void title(PdfContentByte cb, Face f, Labels l) {
        float top = PAGE.getHeight() - 80;
        String title = f.line(l.title());
        float size = f.oneLineSize(title, 40, 22, PAGE.getWidth() - 2 * TEXT_INSET, TITLE_SPACING);
        Chunk chunk = new Chunk(title, f.font(size, Font.BOLD, CRIMSON));
        // Wide letter spacing is how Chinese certificate titles are set; the spacing after the last character is
        // shifted back so that the title stays centred.
        float spacing = size * TITLE_SPACING;
        chunk.setCharacterSpacing(spacing);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(chunk), CENTRE + spacing / 2, top - size, 0);

        float y = top - size - 24;
        cb.saveState();
        cb.setColorStroke(GOLD);
        cb.setColorFill(GOLD);
        cb.setLineWidth(0.8f);
        cb.moveTo(CENTRE - 110, y);
        cb.lineTo(CENTRE - 10, y);
        cb.moveTo(CENTRE + 10, y);
        cb.lineTo(CENTRE + 110, y);
        cb.stroke();
        diamond(cb, CENTRE, y, 4);
        cb.fill();
        cb.restoreState();
    }

    /** The name on one line as large as fits; a name too long for that at 20 pt wraps, smaller still if need be. */
    private static void enterprise(PdfContentByte cb, Face f, Certificate c) throws DocumentException {
        Rectangle box = new Rectangle(TEXT_INSET, 378, PAGE.getWidth() - TEXT_INSET, 446);
        String name = f.line(c.enterpriseName());
        float size = f.oneLineSize(name, 30, 20, box.getWidth(), 0);
        if (size >= 20) {
            f.fitted(cb, name, box, size, size, Font.BOLD, INK, 1.3f);
        } else {
            f.fitted(cb, name, box, 20, 9, Font.BOLD, INK, 1.3f);
        }
        String code = f.line(c.creditCode());
        if (!code.isBlank()) {
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(code, f.font(10.5f, Font.NORMAL, MUTED)),
                    CENTRE, 360, 0);
        }
    }

    private static void body(PdfContentByte cb, Face f, Certificate c, Labels l) throws DocumentException {
        String body = MessageFormat.format(text(l.body()), text(c.enterpriseName()), text(c.subjectName()),
                text(c.levelName()), String.valueOf(c.year()));
        float inset = TEXT_INSET + 40;
        Rectangle box = new Rectangle(inset, 218, PAGE.getWidth() - inset, 338);
        f.fitted(cb, f.line(body), box, 18, 8, Font.NORMAL, INK, LEADING);
    }

    /** Serial, approval document and date, labelled, at the lower left; a fact without value is left out. */
    private static void facts(PdfContentByte cb, Face f, Certificate c, Labels l) {
        float y = 150;
        for (String[] fact : new String[][] {{l.serial(), c.serial()}, {l.approval(), c.approvalDocument()},
                {l.issuedOn(), c.issuedOn()}}) {
            if (f.line(fact[1]).isBlank()) {
                continue;
            }
            Phrase p = new Phrase();
            p.add(new Chunk(f.line(fact[0]) + "  ", f.font(10.5f, Font.NORMAL, MUTED)));
            p.add(new Chunk(f.line(fact[1]), f.font(10.5f, Font.NORMAL, INK)));
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, p, TEXT_INSET, y, 0);
            y -= 21;
        }
    }

    /** The awarding body, where its seal goes: right of centre, level with the facts. */
    private static void issuer(PdfContentByte cb, Face f, Labels l) {
        String issuer = f.line(l.issuer());
        float size = f.oneLineSize(issuer, 17, 10, 230, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(issuer, f.font(size, Font.BOLD, INK)),
                CENTRE + 130, 124, 0);
    }

    /** The QR code in the lower right corner inside the frame, with its quiet zone kept clear and the hint below. */
    private static void qr(PdfContentByte cb, Face f, String url, String hint) throws DocumentException {
        boolean[][] modules = qrModules(url);
        int n = modules.length;
        float module = QR_SIZE / n;
        float quiet = QUIET_MODULES * module;
        float right = PAGE.getWidth() - INNER_INSET - 24;
        float left = right - quiet - QR_SIZE - quiet;
        float hintHeight = 26;
        float bottom = INNER_INSET + 14 + hintHeight;
        float x0 = left + quiet;
        float top = bottom + quiet + QR_SIZE;

        cb.saveState();
        // The page is white already; the white square makes the quiet zone explicit should a background ever be added.
        cb.setColorFill(Color.WHITE);
        cb.rectangle(left, bottom, right - left, top + quiet - bottom);
        cb.fill();
        cb.setColorFill(Color.BLACK);
        for (int row = 0; row < n; row++) {
            float y = top - (row + 1) * module;
            int col = 0;
            while (col < n) {
                if (!modules[row][col]) {
                    col++;
                    continue;
                }
                // One rectangle per run of dark modules: no hairline seams between neighbours on screen.
                int start = col;
                while (col < n && modules[row][col]) {
                    col++;
                }
                cb.rectangle(x0 + start * module, y, (col - start) * module, module);
            }
        }
        cb.fill();
        cb.restoreState();

        String text = f.line(hint);
        if (!text.isBlank()) {
            Rectangle box = new Rectangle(left - 20, bottom - hintHeight, right + 20, bottom + 2);
            f.fitted(cb, text, box, 8, 6, Font.NORMAL, MUTED, 1.3f);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** The font of one rendering, and text made safe and fitted for it. */
    private record Face(BaseFont base) {
        Font font(float size, int style, Color color) {
            return new Font(base, size, style, color);
        }

        /**
         * The largest size, in half points from max down to min, at which the text fits the width on one line; min
         * when none does. {@code spacing} is the letter spacing as a fraction of the size.
         */
        float oneLineSize(String text, float max, float min, float width, float spacing) {
            float atOne = base.getWidthPoint(text, 1) + text.codePointCount(0, text.length()) * spacing;
            if (atOne <= 0) {
                return max;
            }
            return Math.max(min, Math.min(max, (float) Math.floor(width / atOne * 2) / 2));
        }

        /**
         * Sets the text centred in the box at the largest size, in half points from max down to min, at which it fits
         * entirely, and centres the lines vertically. At min what does not fit is cut off: the page never grows.
         */
        void fitted(PdfContentByte cb, String text, Rectangle box, float max, float min, int style, Color color,
                    float leading) throws DocumentException {
            float size = max;
            float used;
            while (true) {
                ColumnText trial = column(null, text, box, box.getTop(), size, style, color, leading);
                boolean fits = !ColumnText.hasMoreText(trial.go(true));
                used = box.getTop() - trial.getYLine();
                if (fits || size - 0.5f < min) {
                    break;
                }
                size -= 0.5f;
            }
            float top = box.getTop() - Math.max(0, (box.getHeight() - used) / 2);
            column(cb, text, box, top, size, style, color, leading).go();
        }

        private ColumnText column(PdfContentByte cb, String text, Rectangle box, float top, float size, int style,
                                  Color color, float leading) {
            ColumnText ct = new ColumnText(cb);
            ct.setSimpleColumn(box.getLeft(), box.getBottom(), box.getRight(), top);
            ct.setAlignment(Element.ALIGN_CENTER);
            ct.setLeading(0, leading);
            ct.addText(new Phrase(text, font(size, style, color)));
            return ct;
        }

        /**
         * Text for one paragraph: line breaks and tabs to spaces, other control and format characters dropped, and
         * any character missing from the font replaced by "?", so that no input can break the layout.
         */
        String line(String text) {
            return clean(text == null ? "" : text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ')).strip();
        }

        String clean(String text) {
            return CjkFont.clean(base, text);
        }
    }
}
