package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.FieldProblem;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.programme.ApplicationService;
import cn.tianjin.quality.publication.Title;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
    private List<IndicatorGrid.Row> rows;
    private Long renews;
    private List<Title> renewable = List.of();

    /** Reads the application's brand part once for the page. */
    public BrandApplicationBacking of(ApplicationService.View v) {
        if (!v.application().getId().equals(applicationId)) {
            applicationId = v.application().getId();
            editable = v.application().getStatus().isEditable() && currentUser.actor().belongsTo(v.application().getEnterpriseId());
            fill(brandApplications.part(currentUser.actor(), applicationId));
            renewable = editable ? brandApplications.renewable(currentUser.actor(), applicationId) : List.of();
        }
        return this;
    }

    private void fill(BrandApplications.Part part) {
        boolean chinese = !language.isEnglish();
        kind = part.kind();
        namedEnterprises = part.namedEnterprises();
        setName = chinese ? part.indicators().nameZh() : part.indicators().nameEn();
        years = part.years();
        rows = IndicatorGrid.rows(part.indicators(), years, part.figures(), language.getLocale());
        renews = part.renews();
    }

    /**
     * Starts the part from the last data of the recognition chosen in {@code renews}: its kind, enterprises named and
     * every figure known for these years, for the applicant to check and complete; nothing is stored until saved.
     */
    public void startFromLast() {
        if (renews == null) {
            Pages.errorAt(FORM + ":renews", BusinessException.onField("renews", "brand.renew.choose"));
            return;
        }
        Pages.attempt(() -> {
            BrandApplications.LastData last = brandApplications.lastData(currentUser.actor(), applicationId, renews);
            if (last.kind() != null) {
                kind = last.kind();
                namedEnterprises = last.namedEnterprises();
            }
            Map<String, Map<Integer, String>> typed = IndicatorGrid.entered(rows);
            rows.forEach(r -> r.getCells().forEach(c -> {
                java.math.BigDecimal figure = last.figures().getOrDefault(r.getCode(), Map.of()).get(c.getYear());
                String before = typed.get(r.getCode()).get(c.getYear());
                if (figure != null && (before == null || before.isBlank())) {
                    c.setText(figure.stripTrailingZeros().toPlainString());
                }
            }));
            Pages.info("brand.renew.started");
        });
    }

    public void save() {
        Map<String, Map<Integer, String>> entered = IndicatorGrid.entered(rows);
        BrandApplications.Form form = new BrandApplications.Form(kind, namedEnterprises, entered, !language.isEnglish(), renews);
        List<FieldProblem> problems = brandApplications.problems(currentUser.actor(), applicationId, form);
        if (IndicatorGrid.showProblems(FORM, rows, years, problems)) {
            return;
        }
        Pages.attempt(() -> {
            fill(brandApplications.save(currentUser.actor(), applicationId, form));
            Pages.info("brand.application.saved");
        });
    }

    public List<BrandApplication.Kind> getKinds() {
        return List.of(BrandApplication.Kind.values());
    }

    public boolean isEditable() { return editable; }
    public Long getRenews() { return renews; }
    public void setRenews(Long renews) { this.renews = renews; }
    public List<Title> getRenewable() { return renewable; }
    public BrandApplication.Kind getKind() { return kind; }
    public void setKind(BrandApplication.Kind kind) { this.kind = kind; }
    public String getNamedEnterprises() { return namedEnterprises; }
    public void setNamedEnterprises(String namedEnterprises) { this.namedEnterprises = namedEnterprises; }
    public String getSetName() { return setName; }
    public List<Integer> getYears() { return years; }
    public List<IndicatorGrid.Row> getRows() { return rows; }
}
