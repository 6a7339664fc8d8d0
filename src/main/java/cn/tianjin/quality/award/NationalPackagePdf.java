package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.pdf.PdfFace;
import cn.tianjin.quality.platform.pdf.PdfFonts.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;

/**
 * Renders the bureau's China Quality Award package as PDF: the title and issuer, the list of nominees, then each
 * nominee on a page of its own with its facts and the sections of its recommendation. A4 with the look of the
 * portal's other reports; pure, with every word handed in.
 */
public final class NationalPackagePdf {
    /** A section of a recommendation. */
    public record Section(String heading, String body) {
    }

    /** A nominee as the package shows it; {@code facts} are label and value pairs, in order. */
    public record Nominee(String kind, String name, String enterprise, String creditCode, List<String[]> facts,
                          List<Section> sections) {
        public Nominee {
            facts = List.copyOf(facts);
            sections = List.copyOf(sections);
        }
    }

    /** The package's words: its title, the issuer line, the list's heading and column heads, the page pattern, a blank. */
    public record Labels(String title, String issuer, String list, String kind, String name, String enterprise,
                         String creditCode, String page, String unwritten) {
    }

    private final CjkFont font;

    public NationalPackagePdf(CjkFont font) {
        this.font = Objects.requireNonNull(font);
    }

    public byte[] render(List<Nominee> nominees, Labels l) {
        PdfFace f = PdfFace.of(font);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, PdfFace.MARGIN, PdfFace.MARGIN, PdfFace.MARGIN, PdfFace.MARGIN);
        try {
            PdfWriter pdf = PdfWriter.getInstance(doc, out);
            pdf.setPageEvent(f.footer(l.page()));
            doc.addTitle(f.clean(l.title()));
            doc.open();
            Paragraph title = new Paragraph(f.phrase(l.title(), "", 18, Font.BOLD, PdfFace.ACCENT));
            title.setAlignment(Element.ALIGN_CENTER);
            doc.add(title);
            Paragraph issuer = new Paragraph(f.phrase(l.issuer(), "", 10.5f, Font.NORMAL, PdfFace.MUTED));
            issuer.setAlignment(Element.ALIGN_CENTER);
            issuer.setSpacingAfter(18);
            doc.add(issuer);
            list(doc, f, nominees, l);
            int number = 0;
            for (Nominee n : nominees) {
                doc.newPage();
                nominee(doc, f, ++number, n, l);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the China Quality Award package", e);
        }
        return out.toByteArray();
    }

    private static void list(Document doc, PdfFace f, List<Nominee> nominees, Labels l) throws DocumentException {
        Paragraph heading = new Paragraph(f.phrase(l.list(), "", 13, Font.BOLD, PdfFace.ACCENT));
        heading.setSpacingAfter(6);
        doc.add(heading);
        PdfPTable table = new PdfPTable(new float[] {0.6f, 1.2f, 3, 3.6f, 2.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(f.head("", true));
        for (String head : List.of(l.kind(), l.name(), l.enterprise(), l.creditCode())) {
            table.addCell(f.head(head, true));
        }
        int number = 0;
        for (Nominee n : nominees) {
            table.addCell(PdfFace.cell(f.phrase(String.valueOf(++number), "", 9.5f, Font.NORMAL, PdfFace.MUTED), Rectangle.BOTTOM));
            for (String value : List.of(n.kind(), n.name(), n.enterprise(), n.creditCode())) {
                table.addCell(PdfFace.cell(f.phrase(value, "—", 9.5f, Font.NORMAL, PdfFace.INK), Rectangle.BOTTOM));
            }
        }
        doc.add(table);
    }

    private static void nominee(Document doc, PdfFace f, int number, Nominee n, Labels l) throws DocumentException {
        Paragraph name = new Paragraph(f.phrase(number + ". " + n.name(), "", 15, Font.BOLD, PdfFace.ACCENT));
        name.setSpacingAfter(8);
        doc.add(name);
        PdfPTable facts = new PdfPTable(new float[] {1, 3});
        facts.setWidthPercentage(100);
        facts.setSpacingAfter(10);
        for (String[] fact : n.facts()) {
            var label = PdfFace.cell(f.phrase(fact[0], "", 10, Font.NORMAL, PdfFace.MUTED), Rectangle.BOTTOM);
            label.setBackgroundColor(PdfFace.SHADE);
            facts.addCell(label);
            facts.addCell(PdfFace.cell(f.phrase(fact[1], "—", 10, Font.NORMAL, PdfFace.INK), Rectangle.BOTTOM));
        }
        doc.add(facts);
        int section = 0;
        for (Section s : n.sections()) {
            f.heading(doc, ++section, s.heading());
            f.text(doc, s.body(), l.unwritten());
        }
    }
}
