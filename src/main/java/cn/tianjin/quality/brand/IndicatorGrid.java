package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.web.Messages;
import cn.tianjin.quality.platform.web.Pages;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator grid of a brand's figures as a form shows it (one row per indicator, one column per year, each cell
 * the text typed), for an application's three years and a yearly report's one; the page fragment is {@code
 * WEB-INF/programmes/brand/indicator-grid.xhtml}.
 */
public final class IndicatorGrid {

    private IndicatorGrid() {
    }

    /** One indicator's row: its name and unit as the page's language has them, and the text of each year. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private final String unit;
        private final String range;
        private final boolean required;
        private final List<Cell> cells;

        Row(String code, String name, String unit, String range, boolean required, List<Cell> cells) {
            this.code = code;
            this.name = name;
            this.unit = unit;
            this.range = range;
            this.required = required;
            this.cells = cells;
        }

        public String getCode() { return code; }
        public String getName() { return name; }
        public String getUnit() { return unit; }
        public String getRange() { return range; }
        public boolean isRequired() { return required; }
        public List<Cell> getCells() { return cells; }
    }

    /** One year's figure of a row, as text. */
    public static final class Cell implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int year;
        private String text;

        Cell(int year, String text) {
            this.year = year;
            this.text = text;
        }

        public int getYear() { return year; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** The rows of the indicators, in the page's language (passed: a view action runs before the view has one), each year's cell holding the figure stored (or nothing). */
    public static List<Row> rows(IndicatorSet set, List<Integer> years, Map<String, Map<Integer, BigDecimal>> figures,
                                 java.util.Locale locale) {
        boolean chinese = !"en".equals(locale.getLanguage());
        List<Row> rows = new ArrayList<>();
        for (IndicatorSet.Indicator i : set.indicators()) {
            List<Cell> cells = new ArrayList<>();
            for (int year : years) {
                BigDecimal figure = figures.getOrDefault(i.code(), Map.of()).get(year);
                cells.add(new Cell(year, figure == null ? null : figure.stripTrailingZeros().toPlainString()));
            }
            rows.add(new Row(i.code(), i.name(chinese), i.unit(chinese), Messages.get(locale, "brand.application.range",
                    grouped(i.min(), locale), grouped(i.max(), locale)), i.required(), cells));
        }
        return rows;
    }

    /** What was typed, per indicator and year. */
    public static Map<String, Map<Integer, String>> entered(List<Row> rows) {
        Map<String, Map<Integer, String>> entered = new LinkedHashMap<>();
        for (Row r : rows) {
            Map<Integer, String> texts = new LinkedHashMap<>();
            r.getCells().forEach(c -> texts.put(c.getYear(), c.getText()));
            entered.put(r.getCode(), texts);
        }
        return entered;
    }

    /**
     * Shows each problem beside its figure (or its field) in the form, with a line saying how many need changing;
     * returns whether there were any.
     */
    public static boolean showProblems(String form, List<Row> rows, List<Integer> years,
                                       List<cn.tianjin.quality.platform.FieldProblem> problems) {
        for (cn.tianjin.quality.platform.FieldProblem p : problems) {
            Pages.errorAt(clientIdOf(form, rows, years, p.field()),
                    cn.tianjin.quality.platform.BusinessException.onField(p.field(), p.messageKey(), p.args()));
        }
        if (!problems.isEmpty()) {
            Pages.error("brand.application.problems", problems.size());
        }
        return !problems.isEmpty();
    }

    /** The client id of a field of the form: a figure ({@code <indicator>.<year>}) in its row and column. */
    public static String clientIdOf(String form, List<Row> rows, List<Integer> years, String field) {
        int dot = field.lastIndexOf('.');
        if (dot > 0) {
            String code = field.substring(0, dot);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).getCode().equals(code)) {
                    int column = years.indexOf(Integer.valueOf(field.substring(dot + 1)));
                    return form + ":rows:" + i + ":cells:" + column + ":figure";
                }
            }
        }
        return form + ":" + field;
    }

    /** A bound as people read it: thousands grouped. */
    private static String grouped(BigDecimal figure, java.util.Locale locale) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(IndicatorSetCheck.MAX_DECIMALS);
        return f.format(figure);
    }
}
