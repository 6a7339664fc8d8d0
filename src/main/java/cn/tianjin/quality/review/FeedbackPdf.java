package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.pdf.PdfFonts.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders the feedback report an enterprise receives after review: header facts, a score table, and each
 * category's strengths and opportunities for improvement. A4 portrait, 2 cm margins, one embedded CJK font (a subset
 * of the glyphs used), headings in a simulated bold of the same face.
 *
 * <p>Thread-safe: every call loads its own copy of the font, which takes a few tens of milliseconds.
 */
public final class FeedbackPdf {
    /** One rubric category as the report shows it. score may be null when not scored. */
    public record Category(String code, String name, int points, BigDecimal score, String band, String strengths,
                           String opportunities) {}

    /** Everything on the report; labels come already translated (zh or en) in the Labels record. */
    public record Report(String programme, String roundTitle, String enterpriseName, String entryTitle,
                         String rubricName, BigDecimal score, int maxPoints, String scoreNote, String releasedOn,
                         List<Category> categories) {
        public Report {
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }

    /** The report's fixed words in the reader's language; {@code page} is a MessageFormat pattern such as "第 {0} 页". */
    public record Labels(String title, String enterprise, String entry, String rubric, String score, String category,
                         String points, String band, String strengths, String opportunities, String releasedOn,
                         String page, String none) {}

    private static final float MARGIN = 56.7f;
    private static final float FOOTER_GAP = 14f;
    /** Line height as a multiple of the font size; Chinese reads better with more room than Latin text. */
    private static final float LEADING = 1.55f;
    /** A category heading starts a new page when less than this much room is left below it. */
    private static final float MIN_ROOM_FOR_SECTION = 110f;
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);
    private static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
    private static final Color RULE = new Color(0xc8, 0xcf, 0xd8);
    private static final Color SHADE = new Color(0xf1, 0xf4, 0xf8);

    private final CjkFont font;

    public FeedbackPdf(CjkFont font) {
        this.font = Objects.requireNonNull(font);
    }

    /**
     * The report as PDF bytes. Null texts print as {@code labels.none()}; characters the font lacks print as "?".
     *
     * @throws UncheckedIOException when the font file cannot be read
     */
    public byte[] render(Report report, Labels labels) {
        Face f = new Face(font.load());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter pdf = PdfWriter.getInstance(doc, out);
            pdf.setPageEvent(f.footer(labels.page()));
            doc.addTitle(f.clean(Objects.toString(labels.title(), "") + " " + Objects.toString(report.entryTitle(), "")));
            doc.open();
            header(doc, f, report, labels);
            summary(doc, f, report, labels);
            for (Category c : report.categories()) {
                if (pdf.getVerticalPosition(true) - doc.bottom() < MIN_ROOM_FOR_SECTION) {
                    doc.newPage();
                }
                section(doc, f, c, labels);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the feedback report", e);
        }
        return out.toByteArray();
    }


    private static void header(Document doc, Face f, Report r, Labels l) throws DocumentException {
        Paragraph title = new Paragraph(f.phrase(l.title(), "", 18, Font.BOLD, ACCENT));
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        String subtitle = Stream.of(r.programme(), r.roundTitle()).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("  ·  "));
        Paragraph sub = new Paragraph(f.phrase(subtitle, "", 10.5f, Font.NORMAL, MUTED));
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(14);
        doc.add(sub);

        PdfPTable facts = new PdfPTable(new float[] {1, 4});
        facts.setWidthPercentage(100);
        facts.setSpacingAfter(16);
        fact(facts, f, l.enterprise(), f.phrase(r.enterpriseName(), l.none(), 10, Font.NORMAL, INK));
        fact(facts, f, l.entry(), f.phrase(r.entryTitle(), l.none(), 10, Font.NORMAL, INK));
        fact(facts, f, l.rubric(), f.phrase(r.rubricName(), l.none(), 10, Font.NORMAL, INK));
        Phrase score = new Phrase();
        if (r.score() == null) {
            // A report that gives bands only: the note (the overall band) is the figure itself.
            score.add(f.phrase(r.scoreNote(), l.none(), 10, Font.BOLD, INK));
        } else {
            score.add(f.phrase(score(r.score(), r.maxPoints(), l.none()), l.none(), 10, Font.BOLD, INK));
            if (r.scoreNote() != null && !r.scoreNote().isBlank()) {
                score.add(f.phrase("    " + r.scoreNote(), "", 9, Font.NORMAL, MUTED));
            }
        }
        fact(facts, f, l.score(), score);
        fact(facts, f, l.releasedOn(), f.phrase(r.releasedOn(), l.none(), 10, Font.NORMAL, INK));
        doc.add(facts);
    }

    private static void fact(PdfPTable table, Face f, String label, Phrase value) {
        PdfPCell name = cell(f.phrase(label, "", 10, Font.NORMAL, MUTED), Rectangle.BOTTOM);
        name.setBackgroundColor(SHADE);
        table.addCell(name);
        table.addCell(cell(value, Rectangle.BOTTOM));
    }

    private static void summary(Document doc, Face f, Report r, Labels l) throws DocumentException {
        if (r.categories().isEmpty()) {
            return;
        }
        boolean scored = r.categories().stream().anyMatch(c -> c.score() != null);
        PdfPTable table = scored ? new PdfPTable(new float[] {5, 1.2f, 1.2f, 1.8f}) : new PdfPTable(new float[] {5, 1.2f, 1.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(18);
        List<String> heads = scored ? List.of(l.category(), l.points(), l.score(), l.band()) : List.of(l.category(), l.points(), l.band());
        for (int i = 0; i < heads.size(); i++) {
            PdfPCell cell = cell(f.phrase(heads.get(i), "", 9.5f, Font.BOLD, Color.WHITE), Rectangle.NO_BORDER);
            cell.setBackgroundColor(ACCENT);
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
        for (Category c : r.categories()) {
            table.addCell(cell(f.phrase(codeAndName(c), l.none(), 9.5f, Font.NORMAL, INK), Rectangle.BOTTOM));
            table.addCell(number(f.phrase(String.valueOf(c.points()), "", 9.5f, Font.NORMAL, INK)));
            if (scored) {
                table.addCell(number(f.phrase(plain(c.score()), "–", 9.5f, Font.NORMAL, INK)));
            }
            table.addCell(number(f.phrase(c.band(), "–", 9.5f, Font.NORMAL, INK)));
        }
        doc.add(table);
    }

    private static void section(Document doc, Face f, Category c, Labels l) throws DocumentException {
        PdfPTable heading = new PdfPTable(new float[] {3, 1.4f});
        heading.setWidthPercentage(100);
        heading.setSpacingBefore(6);
        PdfPCell name = cell(f.phrase(codeAndName(c), l.none(), 12, Font.BOLD, ACCENT), Rectangle.BOTTOM);
        name.setBorderColor(ACCENT);
        name.setPaddingLeft(0);
        heading.addCell(name);
        Phrase result = new Phrase();
        if (c.score() != null) {
            result.add(f.phrase(score(c.score(), c.points(), "–"), "", 11, Font.BOLD, INK));
        }
        if (c.band() != null && !c.band().isBlank()) {
            result.add(f.phrase("   " + c.band(), "", 9.5f, Font.NORMAL, MUTED));
        }
        PdfPCell score = cell(result, Rectangle.BOTTOM);
        score.setBorderColor(ACCENT);
        score.setHorizontalAlignment(Element.ALIGN_RIGHT);
        score.setPaddingRight(0);
        heading.addCell(score);
        doc.add(heading);
        text(doc, f, l.strengths(), c.strengths(), l.none());
        text(doc, f, l.opportunities(), c.opportunities(), l.none());
    }

    private static void text(Document doc, Face f, String label, String body, String none) throws DocumentException {
        Paragraph head = new Paragraph(f.phrase(label, "", 10.5f, Font.BOLD, INK));
        head.setSpacingBefore(8);
        head.setSpacingAfter(2);
        doc.add(head);
        boolean empty = body == null || body.isBlank();
        Paragraph p = new Paragraph(f.phrase(empty ? none : body.strip(), none, 10, Font.NORMAL, empty ? MUTED : INK));
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static PdfPCell cell(Phrase content, int border) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(border);
        cell.setBorderColor(RULE);
        cell.setPadding(5);
        cell.setPaddingBottom(7);
        cell.setLeading(0, 1.35f);
        return cell;
    }

    private static PdfPCell number(Phrase content) {
        PdfPCell cell = cell(content, Rectangle.BOTTOM);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String codeAndName(Category c) {
        return (Objects.toString(c.code(), "") + " " + Objects.toString(c.name(), "")).strip();
    }

    private static String score(BigDecimal score, int max, String none) {
        return (score == null ? none : plain(score)) + " / " + max;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** The font of one rendering, and text made safe for it. */
    private record Face(BaseFont base) {
        Font font(float size, int style, Color color) {
            return new Font(base, size, style, color);
        }

        Phrase phrase(String text, String fallback, float size, int style, Color color) {
            String shown = text == null || text.isBlank() ? fallback : text;
            return new Phrase(size * LEADING, clean(shown), font(size, style, color));
        }
        String clean(String text) {
            return CjkFont.clean(base, text);
        }

        PdfPageEventHelper footer(String pattern) {
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
    }
}
