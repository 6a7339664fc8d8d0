package cn.tianjin.quality.review;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.PagedModel;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.platform.web.Uploads;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

/**
 * One review round (/official/review-round?id=, and /alliance/review-round?id= for its runners): entries, panels, loads; assignment by solver, draw or hand. A round
 * can hold thousands of entries and seats and the pool a thousand experts, so the view keeps the round and one page of
 * each table (paged, sorted and filtered in the database), and the expert to seat by hand is found by name, twenty
 * suggestions at most, rather than chosen from a list of the whole pool.
 */
@Named
@ViewScoped
public class ReviewRoundBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    ReviewRoundService rounds;

    @Inject
    PanelService panels;

    @Inject
    ExpertLoadService expertLoads;

    @Inject
    EnterpriseService enterprises;

    @Inject
    CurrentUser currentUser;

    @Inject
    AttachmentService attachments;

    private String id;
    private ReviewRound round;
    private boolean seated;
    private String filter;
    private String expertFilter;
    private String entryCode;
    private String entryTitle;
    private Long seed;
    private Long seatEntryId;
    private Long seatExpertId;
    private Long withdrawId;
    private String withdrawReason;
    private Long materialEntryId;
    private transient UploadedFile upload;

    private final LazyDataModel<ReviewRoundService.EntryRow> entries = new PagedModel<>(
            () -> rounds.countEntries(currentUser.actor(), round.getId(), filter),
            (first, size, sort, asc) -> rounds.entryPage(currentUser.actor(), round.getId(), filter, first, size, sort, asc),
            ReviewRoundService.EntryRow::getId);

    private final LazyDataModel<ExpertLoadService.ExpertLoad> loads = new PagedModel<>(
            () -> expertLoads.countExpertLoads(currentUser.actor(), round.getId(), expertFilter),
            (first, size, sort, asc) -> expertLoads.expertLoadPage(currentUser.actor(), round.getId(), expertFilter, first, size, sort, asc),
            ExpertLoadService.ExpertLoad::getExpertId);

    public void load() {
        round = rounds.round(currentUser.actor(), Ids.parse(id));
        refresh();
    }

    private void refresh() {
        round = rounds.round(currentUser.actor(), round.getId());
        seated = panels.hasSeats(currentUser.actor(), round.getId());
    }

    /** Shows the first page of the entries that match the filter. */
    public void search() {
        firstPage("round:entryTable");
    }

    /** Shows the first page of the experts whose name matches the filter. */
    public void searchExperts() {
        firstPage("round:expertTable");
    }

    private static void firstPage(String tableId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** The hand-seating field's suggestions: active experts whose name contains the text, with their load here. */
    public List<ExpertLoadService.ExpertLoad> suggestExperts(String typed) {
        return expertLoads.expertLoadPage(currentUser.actor(), round.getId(), typed, 0, SUGGESTIONS, "name", true);
    }

    /**
     * What the hand-seating field shows for an item: a suggestion's name, or, when the page is drawn again with an
     * expert chosen, that expert's name (the field's value is the expert's id).
     */
    public String expertLabel(Object item) {
        if (item instanceof ExpertLoadService.ExpertLoad x) {
            return x.getName();
        }
        if (item instanceof Long expertId) {
            try {
                return expertLoads.expertName(currentUser.actor(), expertId);
            } catch (NotFoundException e) {
                return null;
            }
        }
        return null;
    }

    /** Attaches a file to an entry as review material (for entries whose programme does not hand documents over). */
    public void attachMaterial() {
        if (!Pages.attempt(() -> rounds.entry(currentUser.actor(), round.getId(), materialEntryId))) {
            return;
        }
        if (Uploads.store(attachments, currentUser.actor(), EntryMaterials.OWNER_TYPE, materialEntryId, upload)) {
            Pages.reload((currentUser.actor().isStaff() ? "/official" : "/alliance") + "/review-round?id=" + round.getId());
        }
    }

    public void addEntry() {
        Pages.attempt(() -> {
            Enterprise e = enterprises.findByCode(EnterpriseService.requireValidCode(entryCode))
                    .orElseThrow(() -> BusinessException.onField("entryCode", "enterprise.code.unknown", entryCode));
            ReviewEntry added = rounds.addEntry(currentUser.actor(), round.getId(), e.getId(), entryTitle, "MANUAL", null, null);
            entryCode = null;
            entryTitle = null;
            refresh();
            Pages.info("review.entry.added", added.getTitle(), added.getId());
        });
    }

    public void assignBySolver() {
        Pages.attempt(() -> {
            int n = panels.assignBySolver(currentUser.actor(), round.getId()).size();
            Pages.info("review.assigned", n);
            refresh();
        });
    }

    public void assignByDraw() {
        Pages.attempt(() -> {
            int n = panels.assignByDraw(currentUser.actor(), round.getId(), seed).size();
            refresh();
            Pages.info("review.drawn", n, round.getDrawSeed());
        });
    }

    public void seatByHand() {
        try {
            PanelService.Warning w = panels.seatByHand(currentUser.actor(), round.getId(), seatEntryId, seatExpertId);
            refresh();
            if (w != null) {
                Pages.error(w.messageKey(), w.args());
            } else {
                Pages.info("review.seated");
            }
        } catch (BusinessException e) {
            Pages.error(e);
        } catch (NotFoundException e) {
            Pages.error("review.assign.choose");
        }
    }

    public void withdraw() {
        Pages.attempt(() -> {
            ReviewAssignment replacement = panels.withdraw(currentUser.actor(), withdrawId, withdrawReason);
            withdrawReason = null;
            refresh();
            if (replacement == null) {
                Pages.info("review.withdrawn");
            } else {
                Pages.info("review.redrawn", expertLoads.expertName(currentUser.actor(), replacement.getExpertUserId()));
            }
        });
    }

    /** The entries export's address query: this round, the search on screen. */
    public String getEntryExportQuery() {
        return cn.tianjin.quality.platform.tables.ExportList.query("round", round.getId(), "q", filter);
    }

    public LazyDataModel<ReviewRoundService.EntryRow> getEntries() { return entries; }
    public LazyDataModel<ExpertLoadService.ExpertLoad> getLoads() { return loads; }
    public boolean isSeated() { return seated; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ReviewRound getRound() { return round; }
    public String getFilter() { return filter; }
    public void setFilter(String filter) { this.filter = filter; }
    public String getExpertFilter() { return expertFilter; }
    public void setExpertFilter(String expertFilter) { this.expertFilter = expertFilter; }
    public Long getMaterialEntryId() { return materialEntryId; }
    public void setMaterialEntryId(Long materialEntryId) { this.materialEntryId = materialEntryId; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
    public String getEntryCode() { return entryCode; }
    public void setEntryCode(String entryCode) { this.entryCode = entryCode; }
    public String getEntryTitle() { return entryTitle; }
    public void setEntryTitle(String entryTitle) { this.entryTitle = entryTitle; }
    public Long getSeed() { return seed; }
    public void setSeed(Long seed) { this.seed = seed; }
    public Long getSeatEntryId() { return seatEntryId; }
    public void setSeatEntryId(Long seatEntryId) { this.seatEntryId = seatEntryId; }
    public Long getSeatExpertId() { return seatExpertId; }
    public void setSeatExpertId(Long seatExpertId) { this.seatExpertId = seatExpertId; }
    public Long getWithdrawId() { return withdrawId; }
    public void setWithdrawId(Long withdrawId) { this.withdrawId = withdrawId; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }
}
