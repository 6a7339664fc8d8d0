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
import org.omnifaces.util.Faces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

/**
 * One review round (/official/review-round?id=): entries, panels, loads; assignment by solver, draw or hand. A round
 * can hold thousands of entries and seats, so the view keeps the round and one page of the entries table (paged,
 * sorted and filtered in the database); the expert loads are read once per request and never kept.
 */
@Named
@ViewScoped
public class ReviewRoundBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String LOADS = ReviewRoundBacking.class.getName() + ".loads";

    @Inject
    ReviewRoundService rounds;

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

    public void load() {
        round = rounds.round(currentUser.actor(), Ids.parse(id));
        refresh();
    }

    private void refresh() {
        round = rounds.round(currentUser.actor(), round.getId());
        seated = rounds.hasSeats(currentUser.actor(), round.getId());
        Faces.removeRequestAttribute(LOADS);
    }

    /** Shows the first page of the entries that match the filter. */
    public void search() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("round:entryTable") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** Attaches a file to an entry as review material (for entries whose programme does not hand documents over). */
    public void attachMaterial() {
        try {
            rounds.entry(currentUser.actor(), round.getId(), materialEntryId);
        } catch (BusinessException e) {
            Pages.error(e);
            return;
        }
        if (Uploads.store(attachments, currentUser.actor(), EntryMaterials.OWNER_TYPE, materialEntryId, upload)) {
            Pages.reload("/official/review-round?id=" + round.getId());
        }
    }

    public void addEntry() {
        try {
            Enterprise e = enterprises.findByCode(EnterpriseService.requireValidCode(entryCode))
                    .orElseThrow(() -> BusinessException.onField("entryCode", "enterprise.code.unknown", entryCode));
            ReviewEntry added = rounds.addEntry(currentUser.actor(), round.getId(), e.getId(), entryTitle, "MANUAL", null, null);
            entryCode = null;
            entryTitle = null;
            refresh();
            Pages.info("review.entry.added", added.getTitle(), added.getId());
        } catch (BusinessException e) {
            Pages.error(e);
        }
    }

    public void assignBySolver() {
        try {
            int n = rounds.assignBySolver(currentUser.actor(), round.getId()).size();
            Pages.info("review.assigned", n);
            refresh();
        } catch (BusinessException e) {
            Pages.error(e);
        }
    }

    public void assignByDraw() {
        try {
            int n = rounds.assignByDraw(currentUser.actor(), round.getId(), seed).size();
            refresh();
            Pages.info("review.drawn", n, round.getDrawSeed());
        } catch (BusinessException e) {
            Pages.error(e);
        }
    }

    public void seatByHand() {
        try {
            ReviewRoundService.Warning w = rounds.seatByHand(currentUser.actor(), round.getId(), seatEntryId, seatExpertId);
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
        try {
            ReviewAssignment replacement = rounds.withdraw(currentUser.actor(), withdrawId, withdrawReason);
            withdrawReason = null;
            refresh();
            if (replacement == null) {
                Pages.info("review.withdrawn");
            } else {
                Pages.info("review.redrawn", getLoads().stream().filter(x -> x.expertId() == replacement.getExpertUserId())
                        .map(ReviewRoundService.ExpertLoad::name).findFirst().orElse("#" + replacement.getExpertUserId()));
            }
        } catch (BusinessException e) {
            Pages.error(e);
        }
    }

    /** The active experts with their load in this round, for the table and the hand-seating choice; read once a request. */
    public List<ReviewRoundService.ExpertLoad> getLoads() {
        return Faces.getRequestAttribute(LOADS, () -> rounds.expertLoads(currentUser.actor(), round.getId()));
    }

    public LazyDataModel<ReviewRoundService.EntryRow> getEntries() { return entries; }
    public boolean isSeated() { return seated; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ReviewRound getRound() { return round; }
    public String getFilter() { return filter; }
    public void setFilter(String filter) { this.filter = filter; }
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
