package cn.tianjin.quality.publication;

import cn.tianjin.quality.enterprise.Industry;
import cn.tianjin.quality.enterprise.SizeClass;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Published titles of every programme and revocation cases (/official/titles?programme=): open a case with grounds,
 * decide it with reasons.
 */
@Named
@ViewScoped
public class TitlesBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TitleService titles;

    @Inject
    CurrentUser currentUser;

    private List<Title> all;
    private String programme;
    private String district;
    private String industry;
    private String size;
    private Integer year;
    private String counted;
    private boolean unknownFilter;
    private List<TitleService.CaseLine> cases;
    private Long caseTitleId;
    private String grounds;
    private RevocationCase.Origin caseGround = RevocationCase.Origin.OFFICIAL;
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        all = titles.all(currentUser.actor(), filter(programme, district, enumOf(Industry.class, industry),
                enumOf(SizeClass.class, size), year, "1".equals(counted)));
        cases = titles.cases(currentUser.actor());
    }

    /** The filter of the page's parameters; blanks mean any. */
    static TitleService.StaffFilter filter(String programme, String district, Industry industry, SizeClass size, Integer year,
                                           boolean counted) {
        return new TitleService.StaffFilter(blankToNull(programme), blankToNull(district), industry, size, year, counted);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An attribute named in the address; a name that is no constant selects nothing rather than everything. */
    private <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        unknownFilter = true;
        return null;
    }

    /** Whether the list is narrowed by more than the programme (the page says so and offers the whole list). */
    public boolean isNarrowed() {
        return blankToNull(district) != null || blankToNull(industry) != null || blankToNull(size) != null || year != null
                || "1".equals(counted);
    }

    public void open() {
        if (caseTitleId == null) {
            Pages.error("revocation.chooseTitle");
        } else {
            Pages.attempt(() -> {
                titles.open(currentUser.actor(), caseTitleId, caseGround, grounds);
                Pages.info("revocation.opened");
                caseTitleId = null;
                grounds = null;
                caseGround = RevocationCase.Origin.OFFICIAL;
            });
        }
        load();
    }

    public void decide(RevocationCase r, boolean revoke) {
        Pages.attempt(() -> {
            titles.decide(currentUser.actor(), r.getId(), r.getVersion(), revoke, reasons.get(r.getId()));
            Pages.info(revoke ? "revocation.revoked" : "revocation.kept");
            reasons.remove(r.getId());
        });
        load();
    }

    public List<Title> getAll() { return unknownFilter ? List.of() : all; }
    /** The export's query: the programme chosen. */
    public String getExportQuery() {
        return ExportList.query("programme", programme, "district", district, "industry", industry, "size", size, "year", year,
                "counted", counted);
    }

    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getSize() { return size; }
    public void setSize(String size) { this.size = size; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getCounted() { return counted; }
    public void setCounted(String counted) { this.counted = counted; }
    public List<TitleService.CaseLine> getCases() { return cases; }
    public Long getCaseTitleId() { return caseTitleId; }
    public void setCaseTitleId(Long id) { this.caseTitleId = id; }
    public java.util.Set<RevocationCase.Origin> getGroundChoices() { return TitleService.OFFICIAL_GROUNDS; }
    public RevocationCase.Origin getCaseGround() { return caseGround; }
    public void setCaseGround(RevocationCase.Origin caseGround) { this.caseGround = caseGround; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
    public Map<Long, String> getReasons() { return reasons; }
}
