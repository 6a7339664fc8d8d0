package cn.tianjin.quality.review;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.files.Attachment;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.platform.web.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/** One review round (/official/review-round?id=): entries, panels, loads; assignment by solver, draw or hand. */
@Named
@ViewScoped
public class ReviewRoundBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReviewRoundService rounds;

    @Inject
    ExpertService experts;

    @Inject
    EnterpriseService enterprises;

    @Inject
    CurrentUser currentUser;

    @Inject
    AttachmentService attachments;

    private String id;
    private ReviewRound round;
    private List<ReviewEntry> entries;
    private List<ReviewAssignment> seats;
    /** Seats grouped once per load: the page asks for every entry's panel, which a scan per entry made quadratic. */
    private Map<Long, List<ReviewAssignment>> seatsByEntry = new HashMap<>();
    private Map<Long, Long> loads;
    private Map<Long, String> expertNames = new HashMap<>();
    private Map<Long, Integer> maxLoads = new HashMap<>();
    private Map<Long, String> enterpriseNames = new HashMap<>();
    private List<UserAccount> pool;
    private String entryCode;
    private String entryTitle;
    private Long seed;
    private Long seatEntryId;
    private Long seatExpertId;
    private Long withdrawId;
    private String withdrawReason;
    private Long materialEntryId;
    private transient UploadedFile upload;
    private final Map<Long, List<Attachment>> materials = new HashMap<>();

    public void load() {
        round = rounds.round(currentUser.actor(), Ids.parse(id));
        refresh();
    }

    private void refresh() {
        entries = rounds.entries(currentUser.actor(), round.getId());
        seats = rounds.assignments(currentUser.actor(), round.getId());
        seatsByEntry = new HashMap<>();
        for (ReviewAssignment a : seats) {
            seatsByEntry.computeIfAbsent(a.getEntryId(), k -> new java.util.ArrayList<>()).add(a);
        }
        loads = rounds.loads(currentUser.actor(), round.getId());
        pool = experts.activeExperts();
        var profiles = experts.profiles(pool);
        pool.forEach(u -> {
            expertNames.put(u.getId(), u.getDisplayName());
            maxLoads.put(u.getId(), profiles.get(u.getId()).getMaxLoad());
        });
        for (ReviewEntry e : entries) {
            enterpriseNames.computeIfAbsent(e.getEnterpriseId(),
                    k -> enterprises.getFor(currentUser.actor(), k).getName());
        }
        materials.clear();
        for (ReviewEntry e : entries) {
            materials.put(e.getId(), attachments.ofOwner(currentUser.actor(), EntryMaterials.OWNER_TYPE, e.getId()));
        }
        round = rounds.round(currentUser.actor(), round.getId());
    }

    /** Attaches a file to an entry as review material (for entries whose programme does not hand documents over). */
    public void attachMaterial() {
        if (materialEntryId == null) {
            Pages.error("review.assign.choose");
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
            rounds.addEntry(currentUser.actor(), round.getId(), e.getId(), entryTitle, "MANUAL", null, null);
            entryCode = null;
            entryTitle = null;
            refresh();
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
                Pages.info("review.redrawn", expertNames.get(replacement.getExpertUserId()));
            }
        } catch (BusinessException e) {
            Pages.error(e);
        }
    }

    public List<ReviewAssignment> seatsOf(ReviewEntry e) {
        return seatsByEntry.getOrDefault(e.getId(), List.of());
    }

    public boolean overloaded(Long expertId) {
        return loads.getOrDefault(expertId, 0L) > maxLoads.getOrDefault(expertId, Integer.MAX_VALUE);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ReviewRound getRound() { return round; }
    public List<ReviewEntry> getEntries() { return entries; }
    public List<ReviewAssignment> getSeats() { return seats; }
    public Map<Long, List<Attachment>> getMaterials() { return materials; }
    public Long getMaterialEntryId() { return materialEntryId; }
    public void setMaterialEntryId(Long materialEntryId) { this.materialEntryId = materialEntryId; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
    public Map<Long, Long> getLoads() { return loads; }
    public Map<Long, String> getExpertNames() { return expertNames; }
    public Map<Long, Integer> getMaxLoads() { return maxLoads; }
    public Map<Long, String> getEnterpriseNames() { return enterpriseNames; }
    public List<UserAccount> getPool() { return pool; }
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
