package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.FieldProblem;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.programme.ApplicationService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The brand part of an application on its page ({@code #{brandApplicationBacking.of(v)}}): the applicant enters the kind,
 * the enterprises a regional brand covers and the indicator grid (one row per indicator, one column per year); every
 * problem shows beside its figure at once. Others read the same grid.
 */
@Named
@ViewScoped
public class BrandApplicationBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "brandPart";

    @Inject
    BrandApplications brandApplications;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private Long applicationId;
    private boolean editable;
    private BrandApplication.Kind kind;
    private String namedEnterprises;
    private String setName;
    private List<Integer> years;
    private List<Row> rows;

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

    /** Reads the application's brand part once for the page. */
    public BrandApplicationBacking of(ApplicationService.View v) {
        if (!v.application().getId().equals(applicationId)) {
            applicationId = v.application().getId();
            editable = v.application().getStatus().isEditable() && currentUser.actor().belongsTo(v.application().getEnterpriseId());
            fill(brandApplications.part(currentUser.actor(), applicationId));
        }
        return this;
    }

    private void fill(BrandApplications.Part part) {
        boolean chinese = !language.isEnglish();
        kind = part.kind();
        namedEnterprises = part.namedEnterprises();
        setName = chinese ? part.indicators().nameZh() : part.indicators().nameEn();
        years = part.years();
        rows = new ArrayList<>();
        for (IndicatorSet.Indicator i : part.indicators().indicators()) {
            List<Cell> cells = new ArrayList<>();
            for (int year : years) {
                BigDecimal figure = part.figures().getOrDefault(i.code(), Map.of()).get(year);
                cells.add(new Cell(year, figure == null ? null : figure.stripTrailingZeros().toPlainString()));
            }
            rows.add(new Row(i.code(), i.name(chinese), i.unit(chinese), Pages.text("brand.application.range",
                    grouped(i.min()), grouped(i.max())), i.required(), cells));
        }
    }

    /** A bound as people read it: thousands grouped. */
    private static String grouped(BigDecimal figure) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(Pages.locale());
        f.setMaximumFractionDigits(IndicatorSetCheck.MAX_DECIMALS);
        return f.format(figure);
    }

    public void save() {
        Map<String, Map<Integer, String>> entered = new LinkedHashMap<>();
        for (Row r : rows) {
            Map<Integer, String> texts = new LinkedHashMap<>();
            r.getCells().forEach(c -> texts.put(c.getYear(), c.getText()));
            entered.put(r.getCode(), texts);
        }
        BrandApplications.Form form = new BrandApplications.Form(kind, namedEnterprises, entered, !language.isEnglish());
        List<FieldProblem> problems = brandApplications.problems(currentUser.actor(), applicationId, form);
        if (!problems.isEmpty()) {
            for (FieldProblem p : problems) {
                Pages.errorAt(clientIdOf(p.field()), BusinessException.onField(p.field(), p.messageKey(), p.args()));
            }
            Pages.error("brand.application.problems", problems.size());
            return;
        }
        Pages.attempt(() -> {
            fill(brandApplications.save(currentUser.actor(), applicationId, form));
            Pages.info("brand.application.saved");
        });
    }

    /** The client id of a field of the form: a figure ({@code <indicator>.<year>}) in its row and column. */
    private String clientIdOf(String field) {
        int dot = field.lastIndexOf('.');
        if (dot > 0) {
            String code = field.substring(0, dot);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).getCode().equals(code)) {
                    int column = years.indexOf(Integer.valueOf(field.substring(dot + 1)));
                    return FORM + ":rows:" + i + ":cells:" + column + ":figure";
                }
            }
        }
        return FORM + ":" + field;
    }

    public List<BrandApplication.Kind> getKinds() {
        return List.of(BrandApplication.Kind.values());
    }

    public boolean isEditable() { return editable; }
    public BrandApplication.Kind getKind() { return kind; }
    public void setKind(BrandApplication.Kind kind) { this.kind = kind; }
    public String getNamedEnterprises() { return namedEnterprises; }
    public void setNamedEnterprises(String namedEnterprises) { this.namedEnterprises = namedEnterprises; }
    public String getSetName() { return setName; }
    public List<Integer> getYears() { return years; }
    public List<Row> getRows() { return rows; }
}
