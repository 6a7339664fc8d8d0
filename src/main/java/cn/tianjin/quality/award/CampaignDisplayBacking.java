package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.files.Attachment;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Display, objections and publication of a campaign (/official/display?id=): the proposal as it stands, each objection
 * with its evidence and the official's steps, and, once the display is over, the approval and the publication.
 */
@Named
@ViewScoped
public class CampaignDisplayBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PortalClock clock;

    @Inject
    DisplayService display;

    @Inject
    PublicationService publication;

    @Inject
    AttachmentService attachments;

    @Inject
    CurrentUser currentUser;

    private String id;
    private Long campaignId;
    private DisplayService.Display shown;
    private List<Objection> objections;
    private Map<Long, List<Attachment>> evidence;
    private List<DisplayService.Line> vetoed;
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private String approvalDocument;
    private LocalDate approvalDate = clock.today();

    public void load() {
        campaignId = Ids.parse(id);
        refresh();
    }

    private void refresh() {
        shown = display.display(currentUser.actor(), campaignId);
        objections = display.objections(currentUser.actor(), campaignId);
        evidence = new HashMap<>();
        for (Objection o : objections) {
            evidence.put(o.getId(), attachments.ofOwner(currentUser.actor(), ObjectionEvidence.OWNER_TYPE, o.getId()));
        }
        vetoed = shown.campaign().getStage() == CampaignStage.APPROVAL ? publication.vetoedNow(currentUser.actor(), campaignId) : List.of();
    }

    public void acknowledge(Objection o) {
        Pages.attempt(() -> {
            display.acknowledge(currentUser.actor(), o.getId(), o.getVersion(), notes.get(o.getId()));
            Pages.info("objection.acknowledged", o.getReference());
            notes.remove(o.getId());
        });
        refresh();
    }

    public void decide(Objection o, boolean uphold) {
        Pages.attempt(() -> {
            display.decide(currentUser.actor(), o.getId(), o.getVersion(), uphold, reasons.get(o.getId()));
            Pages.info(uphold ? "objection.upheld" : "objection.dismissed", o.getReference());
            reasons.remove(o.getId());
        });
        refresh();
    }

    public void publish() {
        Pages.attempt(() -> {
            PublicationService.Published p = publication.publish(currentUser.actor(), campaignId, shown.campaign().getVersion(),
                    approvalDocument, approvalDate);
            Pages.info("publication.done", p.titles().size());
            if (!p.vetoed().isEmpty()) {
                Pages.error("publication.vetoedDone", String.join("、", p.vetoed()));
            }
        });
        refresh();
    }

    public DisplayService.Display getShown() { return shown; }
    public List<Objection> getObjections() { return objections; }
    public Map<Long, List<Attachment>> getEvidence() { return evidence; }
    public List<DisplayService.Line> getVetoed() { return vetoed; }
    public Map<Long, String> getNotes() { return notes; }
    public Map<Long, String> getReasons() { return reasons; }
    public String getApprovalDocument() { return approvalDocument; }
    public void setApprovalDocument(String d) { this.approvalDocument = d; }
    public LocalDate getApprovalDate() { return approvalDate; }
    public void setApprovalDate(LocalDate d) { this.approvalDate = d; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
