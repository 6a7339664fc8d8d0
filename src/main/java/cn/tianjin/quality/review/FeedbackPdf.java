package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.pdf.PdfFace;
import cn.tianjin.quality.platform.pdf.PdfFonts.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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

    /** A category heading starts a new page when less than this much room is left below it. */
    private static final float MIN_ROOM_FOR_SECTION = 110f;

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
        PdfFace f = PdfFace.of(font);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, PdfFace.MARGIN, PdfFace.MARGIN, PdfFace.MARGIN, PdfFace.MARGIN);
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


    private static void header(Document doc, PdfFace f, Report r, Labels l) throws DocumentException {
        Paragraph title = new Paragraph(f.phrase(l.title(), "", 18, Font.BOLD, PdfFace.ACCENT));
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        String subtitle = Stream.of(r.programme(), r.roundTitle()).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("  ·  "));
        Paragraph sub = new Paragraph(f.phrase(subtitle, "", 10.5f, Font.NORMAL, PdfFace.MUTED));
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(14);
        doc.add(sub);

        PdfPTable facts = new PdfPTable(new float[] {1, 4});
        facts.setWidthPercentage(100);
        facts.setSpacingAfter(16);
        fact(facts, f, l.enterprise(), f.phrase(r.enterpriseName(), l.none(), 10, Font.NORMAL, PdfFace.INK));
        fact(facts, f, l.entry(), f.phrase(r.entryTitle(), l.none(), 10, Font.NORMAL, PdfFace.INK));
        fact(facts, f, l.rubric(), f.phrase(r.rubricName(), l.none(), 10, Font.NORMAL, PdfFace.INK));
        Phrase score = new Phrase();
        if (r.score() == null) {
            // A report that gives bands only: the note (the overall band) is the figure itself.
            score.add(f.phrase(r.scoreNote(), l.none(), 10, Font.BOLD, PdfFace.INK));
        } else {
            score.add(f.phrase(score(r.score(), r.maxPoints(), l.none()), l.none(), 10, Font.BOLD, PdfFace.INK));
            if (r.scoreNote() != null && !r.scoreNote().isBlank()) {
                score.add(f.phrase("    " + r.scoreNote(), "", 9, Font.NORMAL, PdfFace.MUTED));
            }
        }
        fact(facts, f, l.score(), score);
        fact(facts, f, l.releasedOn(), f.phrase(r.releasedOn(), l.none(), 10, Font.NORMAL, PdfFace.INK));
        doc.add(facts);
    }

    private static void fact(PdfPTable table, PdfFace f, String label, Phrase value) {
        PdfPCell name = PdfFace.cell(f.phrase(label, "", 10, Font.NORMAL, PdfFace.MUTED), Rectangle.BOTTOM);
        name.setBackgroundColor(PdfFace.SHADE);
        table.addCell(name);
        table.addCell(PdfFace.cell(value, Rectangle.BOTTOM));
    }

    private static void summary(Document doc, PdfFace f, Report r, Labels l) throws DocumentException {
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
            table.addCell(f.head(heads.get(i), i == 0));
        }
        for (Category c : r.categories()) {
            table.addCell(PdfFace.cell(f.phrase(codeAndName(c), l.none(), 9.5f, Font.NORMAL, PdfFace.INK), Rectangle.BOTTOM));
            table.addCell(PdfFace.number(f.phrase(String.valueOf(c.points()), "", 9.5f, Font.NORMAL, PdfFace.INK)));
            if (scored) {
                table.addCell(PdfFace.number(f.phrase(plain(c.score()), "–", 9.5f, Font.NORMAL, PdfFace.INK)));
            }
            table.addCell(PdfFace.number(f.phrase(c.band(), "–", 9.5f, Font.NORMAL, PdfFace.INK)));
        }
        doc.add(table);
    }

    private static void section(Document doc, PdfFace f, Category c, Labels l) throws DocumentException {
        PdfPTable heading = new PdfPTable(new float[] {3, 1.4f});
        heading.setWidthPercentage(100);
        heading.setSpacingBefore(6);
        PdfPCell name = PdfFace.cell(f.phrase(codeAndName(c), l.none(), 12, Font.BOLD, PdfFace.ACCENT), Rectangle.BOTTOM);
        name.setBorderColor(PdfFace.ACCENT);
        name.setPaddingLeft(0);
        heading.addCell(name);
        Phrase result = new Phrase();
        if (c.score() != null) {
            result.add(f.phrase(score(c.score(), c.points(), "–"), "", 11, Font.BOLD, PdfFace.INK));
        }
        if (c.band() != null && !c.band().isBlank()) {
            result.add(f.phrase("   " + c.band(), "", 9.5f, Font.NORMAL, PdfFace.MUTED));
        }
        PdfPCell score = PdfFace.cell(result, Rectangle.BOTTOM);
        score.setBorderColor(PdfFace.ACCENT);
        score.setHorizontalAlignment(Element.ALIGN_RIGHT);
        score.setPaddingRight(0);
        heading.addCell(score);
        doc.add(heading);
        text(doc, f, l.strengths(), c.strengths(), l.none());
        text(doc, f, l.opportunities(), c.opportunities(), l.none());
    }

    private static void text(Document doc, PdfFace f, String label, String body, String none) throws DocumentException {
        Paragraph head = new Paragraph(f.phrase(label, "", 10.5f, Font.BOLD, PdfFace.INK));
        head.setSpacingBefore(8);
        head.setSpacingAfter(2);
        doc.add(head);
        boolean empty = body == null || body.isBlank();
        Paragraph p = new Paragraph(f.phrase(empty ? none : body.strip(), none, 10, Font.NORMAL, empty ? PdfFace.MUTED : PdfFace.INK));
        p.setSpacingAfter(4);
        doc.add(p);
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
}
