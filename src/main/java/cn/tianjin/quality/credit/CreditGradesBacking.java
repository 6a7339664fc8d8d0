package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The officials' credit grades (/official/credit-grades): how many enterprises hold each grade, and the rules as a
 * form whose saving makes a new version (the old one stays, as do the grades given under it).
 */
@Named
@ViewScoped
public class CreditGradesBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    GradeService grades;

    @Inject
    GradeBatchStarter regrading;

    @Inject
    CurrentUser currentUser;

    /** One factor's rule as the form edits it. */
    public static class Editable implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer points;
        private Integer months;
        private Integer cap;

        public Integer getPoints() { return points; }
        public void setPoints(Integer points) { this.points = points; }
        public Integer getMonths() { return months; }
        public void setMonths(Integer months) { this.months = months; }
        public Integer getCap() { return cap; }
        public void setCap(Integer cap) { this.cap = cap; }
    }

    private Map<CreditGrading.Grade, Long> distribution;
    private int version;
    private Integer base;
    private Integer aThreshold;
    private Integer bThreshold;
    private final Map<CreditGrading.Factor, Editable> rows = new EnumMap<>(CreditGrading.Factor.class);
    private String note;

    public void load() {
        distribution = grades.distribution(currentUser.actor());
        CreditGrading.Rules r = grades.currentRules().rules();
        version = r.version();
        base = r.base();
        aThreshold = r.aThreshold();
        bThreshold = r.bThreshold();
        for (CreditGrading.Factor f : CreditGrading.Factor.values()) {
            Editable e = new Editable();
            e.setPoints(r.rule(f).points());
            e.setMonths(r.rule(f).months());
            e.setCap(r.rule(f).cap());
            rows.put(f, e);
        }
    }

    public void save() {
        Map<CreditGrading.Factor, CreditGrading.Rule> map = new EnumMap<>(CreditGrading.Factor.class);
        for (var e : rows.entrySet()) {
            map.put(e.getKey(), new CreditGrading.Rule(orZero(e.getValue().getPoints()), orZero(e.getValue().getMonths()),
                    orZero(e.getValue().getCap())));
        }
        Pages.attempt(() -> {
            GradeRuleSet saved = grades.saveRules(currentUser.actor(),
                    new CreditGrading.Rules(0, orZero(base), orZero(aThreshold), orZero(bThreshold), map), note);
            regrading.start();
            Pages.info("grade.rules.saved", saved.getVersionNo());
            Pages.reload("/official/credit-grades");
        });
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    public CreditGrading.Factor[] getFactors() {
        return CreditGrading.Factor.values();
    }

    public Map<CreditGrading.Grade, Long> getDistribution() { return distribution; }
    public CreditGrading.Grade[] getGrades() { return CreditGrading.Grade.values(); }
    public int getVersion() { return version; }
    public Integer getBase() { return base; }
    public void setBase(Integer base) { this.base = base; }
    public Integer getThresholdA() { return aThreshold; }
    public void setThresholdA(Integer aThreshold) { this.aThreshold = aThreshold; }
    public Integer getThresholdB() { return bThreshold; }
    public void setThresholdB(Integer bThreshold) { this.bThreshold = bThreshold; }
    public Map<CreditGrading.Factor, Editable> getRows() { return rows; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
