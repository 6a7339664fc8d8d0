package cn.tianjin.quality.platform.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.text.MessageFormat;

/**
 * The look the portal's PDF reports share: one embedded CJK face per rendering, its colours, table cells and the page
 * number at the foot of each page. A4 reports with 2 cm margins build on it.
 */
public record PdfFace(BaseFont base) {
    /** 2 cm. */
    public static final float MARGIN = 56.7f;
    /** Line height as a multiple of the font size; Chinese reads better with more room than Latin text. */
    public static final float LEADING = 1.55f;
    public static final Color INK = new Color(0x22, 0x22, 0x22);
    public static final Color MUTED = new Color(0x66, 0x66, 0x66);
    public static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
    public static final Color RULE = new Color(0xc8, 0xcf, 0xd8);
    public static final Color SHADE = new Color(0xf1, 0xf4, 0xf8);
    private static final float FOOTER_GAP = 14f;

    /** A fresh face of the font: each rendering loads its own, which keeps renderers thread-safe. */
    public static PdfFace of(PdfFonts.CjkFont font) {
        return new PdfFace(font.load());
    }

    public Font font(float size, int style, Color color) {
        return new Font(base, size, style, color);
    }

    /** Text in this face; {@code fallback} where the text is missing; characters the font lacks print as "?". */
    public Phrase phrase(String text, String fallback, float size, int style, Color color) {
        String shown = text == null || text.isBlank() ? fallback : text;
        return new Phrase(size * LEADING, clean(shown), font(size, style, color));
    }

    public String clean(String text) {
        return PdfFonts.CjkFont.clean(base, text);
    }

    /** The page number centred below each page; {@code pattern} is a MessageFormat such as "第 {0} 页". */
    public PdfPageEventHelper footer(String pattern) {
        return new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                String text = MessageFormat.format(clean(pattern), writer.getPageNumber());
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(text, font(9, Font.NORMAL, MUTED)),
                        (document.left() + document.right()) / 2, document.bottom() - FOOTER_GAP - 9, 0);
            }
        };
    }

    /** A numbered heading of a report's part. */
    public void heading(Document doc, int number, String heading) throws com.lowagie.text.DocumentException {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(phrase(number + ". " + heading, "", 13, Font.BOLD, ACCENT));
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        doc.add(p);
    }

    /**
     * Text someone wrote, a paragraph per non-blank line, each indented by two characters; {@code none} in grey where
     * nothing is written.
     */
    public void text(Document doc, String body, String none) throws com.lowagie.text.DocumentException {
        java.util.List<String> paragraphs = paragraphs(body == null ? "" : body);
        if (paragraphs.isEmpty()) {
            doc.add(new com.lowagie.text.Paragraph(phrase(none, "", 10.5f, Font.ITALIC, MUTED)));
            return;
        }
        for (String paragraph : paragraphs) {
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(phrase(paragraph, "", 10.5f, Font.NORMAL, INK));
            p.setFirstLineIndent(21);
            p.setSpacingAfter(6);
            doc.add(p);
        }
    }

    /** A text's paragraphs: its lines, blank ones left out. */
    public static java.util.List<String> paragraphs(String body) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String line : body.split("\\R")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** A table cell with the reports' padding and rule colour. */
    public static PdfPCell cell(Phrase content, int border) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(border);
        cell.setBorderColor(RULE);
        cell.setPadding(5);
        cell.setPaddingBottom(7);
        cell.setLeading(0, 1.35f);
        return cell;
    }

    /** A cell for a figure: right-aligned, ruled below. */
    public static PdfPCell number(Phrase content) {
        PdfPCell cell = cell(content, Rectangle.BOTTOM);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** A table's head cell: white on the accent colour. */
    public PdfPCell head(String text, boolean first) {
        PdfPCell cell = cell(phrase(text, "", 9.5f, Font.BOLD, Color.WHITE), Rectangle.NO_BORDER);
        cell.setBackgroundColor(ACCENT);
        cell.setHorizontalAlignment(first ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        return cell;
    }
}
