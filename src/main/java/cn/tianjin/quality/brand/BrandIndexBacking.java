package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A brand campaign's index for those who run it (/official/brand-index?id=, /alliance/brand-index?id=): computing it
 * once the review is locked, each brand's index with every step of its calculation, and for the bureau the
 * publication of the year's index.
 */
@Named
@ViewScoped
public class BrandIndexBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    BrandIndexService index;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String id;
    private Long campaignId;
    private BrandIndexService.RunView view;
    private final Map<Long, List<BrandIndex.Line>> lines = new HashMap<>();

    public void load() {
        campaignId = Ids.parse(id);
        view = index.view(currentUser.actor(), campaignId);
        lines.clear();
    }

    public void compute() {
        Pages.attempt(() -> {
            view = index.compute(currentUser.actor(), campaignId);
            lines.clear();
            Pages.info("brand.index.computed", view.entries().size());
        });
    }

    public void publishYear() {
        Pages.attempt(() -> {
            int brands = index.publishYear(currentUser.actor(), view.campaign().getYear());
            Pages.info("brand.index.publishedYear", String.valueOf(view.campaign().getYear()), brands);
            Pages.reload(getHome() + "/brand-index?id=" + campaignId);
        });
    }

    /** The steps of a brand's index, read once per view. */
    public List<BrandIndex.Line> lines(BrandIndexEntry e) {
        return lines.computeIfAbsent(e.getId(), k -> e.lines());
    }

    /** A dimension's name in the page's language (the panel's line has its own). */
    public String dimension(String code) {
        if (BrandIndex.PANEL.equals(code)) {
            return Pages.text("brand.index.panel");
        }
        return view.formula().dimensions().stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> d.name(!language.isEnglish())).orElse(code);
    }

    /** An indicator's name and unit in the page's language. */
    public String indicator(String code) {
        if (code == null) {
            return Pages.text("brand.index.panelScore");
        }
        return view.indicators().find(code).map(i -> i.name(!language.isEnglish()) + " (" + i.unit(!language.isEnglish()) + ")")
                .orElse(code);
    }

    /** The years of a brand's figures, oldest first. */
    public List<Integer> getYears() {
        return view.indicators().yearsBefore(view.campaign().getYear());
    }

    /** A figure as shown: plain, grouped digits; a dash where none. */
    public String figure(BigDecimal b) {
        return b == null ? "—" : new java.text.DecimalFormat("#,##0.####", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
                .format(b);
    }

    /** A weight as a share of the index, in per cent. */
    public String share(BigDecimal weight) {
        return weight == null ? "—" : weight.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
    }

    public boolean isStaff() {
        return currentUser.actor().isStaff();
    }

    /** The folder of the caller's pages: the alliance's for an evaluator, the officials' otherwise. */
    public String getHome() {
        return currentUser.actor().is(Role.EVALUATOR) ? "/alliance" : "/official";
    }

    public BrandIndexService.RunView getView() { return view; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
