package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.pdf.PdfFace;
import cn.tianjin.quality.platform.pdf.PdfFonts.CjkFont;
import cn.tianjin.quality.steering.AnalysisFigures.Part;
import cn.tianjin.quality.steering.AnalysisFigures.Row;
import cn.tianjin.quality.steering.AnalysisFigures.Table;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Renders a year's quality analysis report as PDF: the title, the sections officials wrote to stand before the figures,
 * each part of the compiled figures (its tables, and a bar chart under a table that has one), then the sections that
 * stand after. A4 portrait with the look of the portal's other reports ({@link PdfFace}); the CJK font is embedded.
 *
 * <p>Pure: what it prints comes in as arguments, words through {@code text} (a message key to the reader's words).
 */
public final class AnalysisPdf {
    /** A section officials wrote. */
    public record Section(String heading, String body) {
    }

    /** What the report prints; {@code subtitle} names who issued it and when, or that it is a draft. */
    public record Report(String title, String subtitle, boolean draft, List<Section> before, AnalysisFigures figures,
                         List<Section> after) {
        public Report {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** A part starts on a new page when less room than this is left. */
    private static final float MIN_ROOM_FOR_PART = 160f;
    /** Bars take at most this share of their cell, leaving room for the figure. */
    private static final float BAR_SHARE = 0.92f;

    private final CjkFont font;

    public AnalysisPdf(CjkFont font) {
        this.font = Objects.requireNonNull(font);
    }

    public byte[] render(Report report, Locale locale, Function<String, String> text) {
        PdfFace f = PdfFace.of(font);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, PdfFace.MARGIN, PdfFace.MARGIN, PdfFace.MARGIN, PdfFace.MARGIN);
        try {
            PdfWriter pdf = PdfWriter.getInstance(doc, out);
            pdf.setPageEvent(f.footer(text.apply(report.draft() ? "analysis.pdf.pageDraft" : "analysis.pdf.page")));
            doc.addTitle(f.clean(report.title()));
            doc.open();
            Paragraph title = new Paragraph(f.phrase(report.title(), "", 18, Font.BOLD, PdfFace.ACCENT));
            title.setAlignment(Element.ALIGN_CENTER);
            doc.add(title);
            Paragraph sub = new Paragraph(f.phrase(report.subtitle(), "", 10.5f, Font.NORMAL, PdfFace.MUTED));
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(18);
            doc.add(sub);
            int number = 0;
            for (Section s : report.before()) {
                section(doc, f, ++number, s, text);
            }
            for (Part p : report.figures().parts()) {
                if (pdf.getVerticalPosition(true) - doc.bottom() < MIN_ROOM_FOR_PART) {
                    doc.newPage();
                }
                part(doc, f, ++number, p, locale, text);
            }
            for (Section s : report.after()) {
                section(doc, f, ++number, s, text);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the analysis report", e);
        }
        return out.toByteArray();
    }

    private static void section(Document doc, PdfFace f, int number, Section s, Function<String, String> text)
            throws DocumentException {
        f.heading(doc, number, s.heading());
        f.text(doc, s.body(), text.apply("analysis.section.unwritten"));
    }

    private static void part(Document doc, PdfFace f, int number, Part part, Locale locale, Function<String, String> text)
            throws DocumentException {
        f.heading(doc, number, text.apply(part.key()));
        if (part.note() != null) {
            Paragraph note = new Paragraph(f.phrase(text.apply(part.note()), "", 10.5f, Font.NORMAL, PdfFace.MUTED));
            note.setSpacingAfter(6);
            doc.add(note);
        }
        for (Table t : part.tables()) {
            table(doc, f, t, locale, text);
            if (t.chart() >= 0 && t.rows().size() >= 2) {
                chart(doc, f, t, locale, text);
            }
        }
    }

    private static void table(Document doc, PdfFace f, Table t, Locale locale, Function<String, String> text)
            throws DocumentException {
        Paragraph caption = new Paragraph(f.phrase(text.apply(t.key()), "", 10.5f, Font.BOLD, PdfFace.INK));
        caption.setSpacingBefore(6);
        caption.setSpacingAfter(4);
        doc.add(caption);
        float[] widths = new float[t.columns().size() + 1];
        widths[0] = 4;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.5f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(8);
        table.addCell(f.head("", true));
        for (String column : t.columns()) {
            table.addCell(f.head(text.apply(column), false));
        }
        if (t.rows().isEmpty()) {
            PdfPCell none = PdfFace.cell(f.phrase(text.apply("common.none"), "", 9.5f, Font.NORMAL, PdfFace.MUTED),
                    Rectangle.BOTTOM);
            none.setColspan(widths.length);
            table.addCell(none);
        }
        for (Row r : t.rows()) {
            table.addCell(PdfFace.cell(f.phrase(t.label(r, locale, text), "—", 9.5f, Font.NORMAL, PdfFace.INK), Rectangle.BOTTOM));
            for (BigDecimal v : r.values()) {
                table.addCell(PdfFace.number(f.phrase(figure(v), "—", 9.5f, Font.NORMAL, PdfFace.INK)));
            }
        }
        doc.add(table);
    }

    /** A horizontal bar per row, the longest filling its cell, the figure after it. */
    private static void chart(Document doc, PdfFace f, Table t, Locale locale, Function<String, String> text)
            throws DocumentException {
        double max = t.rows().stream().map(r -> r.values().get(t.chart())).filter(Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        PdfPTable chart = new PdfPTable(new float[] {2.2f, 5, 1});
        chart.setWidthPercentage(100);
        chart.setSpacingAfter(12);
        chart.setKeepTogether(true);
        for (Row r : t.rows()) {
            BigDecimal v = r.values().get(t.chart());
            PdfPCell label = PdfFace.cell(f.phrase(t.label(r, locale, text), "—", 9, Font.NORMAL, PdfFace.MUTED), Rectangle.NO_BORDER);
            label.setHorizontalAlignment(Element.ALIGN_RIGHT);
            chart.addCell(label);
            PdfPCell bar = PdfFace.cell(f.phrase(" ", "", 9, Font.NORMAL, PdfFace.INK), Rectangle.NO_BORDER);
            bar.setCellEvent(new Bar(max <= 0 || v == null ? 0 : (float) (v.doubleValue() / max)));
            chart.addCell(bar);
            chart.addCell(PdfFace.cell(f.phrase(figure(v), "—", 9, Font.NORMAL, PdfFace.INK), Rectangle.NO_BORDER));
        }
        doc.add(chart);
    }

    /** A figure as people write it: no trailing zeros, no grouping (years read as years). */
    static String figure(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    /** Draws a bar of the given share of its cell's width, vertically centred. */
    private record Bar(float share) implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            if (share <= 0) {
                return;
            }
            PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
            float height = Math.min(10, position.getHeight() - 6);
            float y = position.getBottom() + (position.getHeight() - height) / 2;
            canvas.saveState();
            canvas.setColorFill(PdfFace.ACCENT);
            canvas.rectangle(position.getLeft() + 2, y, Math.max(1, (position.getWidth() - 4) * share * BAR_SHARE), height);
            canvas.fill();
            canvas.restoreState();
        }
    }
}
