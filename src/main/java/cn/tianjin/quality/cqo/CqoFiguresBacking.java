package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.reference.DistrictNames;
import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The CQO figures against the city's target of 500 enterprises (/official/cqo-figures). */
@Named
@RequestScoped
public class CqoFiguresBacking {
    /** The 2024 outline's figure for 2025: enterprises running the CQO system (../shared/DOMAIN.md). */
    public static final int TARGET = 500;

    @Inject
    CqoService cqo;

    @Inject
    CurrentUser currentUser;

    @Inject
    DistrictNames districtNames;

    private CqoService.Figures figures;

    public void load() {
        figures = cqo.figures(currentUser.actor());
    }

    /** Share of the target reached, in whole percent, at most 100 (for the bar; the text gives the figure itself). */
    public int percent(long n) {
        return (int) Math.min(100, n * 100 / TARGET);
    }

    /** The change of the year at {@code index} on the year before, signed; a dash for the first year. */
    public String change(int index) {
        if (index == 0) {
            return "—";
        }
        long d = figures.byYear().get(index).enterprises() - figures.byYear().get(index - 1).enterprises();
        return (d > 0 ? "+" : "") + d;
    }

    public String district(String code) {
        return districtNames.of(code);
    }

    public CqoService.Figures getFigures() { return figures; }
    public int getTarget() { return TARGET; }
}
