package cn.tianjin.quality.publication;

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
    private List<TitleService.CaseLine> cases;
    private Long caseTitleId;
    private String grounds;
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        all = titles.all(currentUser.actor(), programme == null || programme.isBlank() ? null : programme);
        cases = titles.cases(currentUser.actor());
    }

    public void open() {
        if (caseTitleId == null) {
            Pages.error("revocation.chooseTitle");
        } else {
            Pages.attempt(() -> {
                titles.open(currentUser.actor(), caseTitleId, grounds);
                Pages.info("revocation.opened");
                caseTitleId = null;
                grounds = null;
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

    public List<Title> getAll() { return all; }
    /** The export's query: the programme chosen. */
    public String getExportQuery() {
        return ExportList.query("programme", programme);
    }

    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public List<TitleService.CaseLine> getCases() { return cases; }
    public Long getCaseTitleId() { return caseTitleId; }
    public void setCaseTitleId(Long id) { this.caseTitleId = id; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
    public Map<Long, String> getReasons() { return reasons; }
}
