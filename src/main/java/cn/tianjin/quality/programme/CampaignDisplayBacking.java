package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.files.Attachment;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.publication.Display;
import cn.tianjin.quality.publication.DisplayService;
import cn.tianjin.quality.publication.Objection;
import cn.tianjin.quality.publication.ObjectionEvidence;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Display, objections and publication of a campaign of any programme (/official/display?id=): the proposal as it
 * stands, each objection with its evidence and the official's steps, and, once the display is over, the approval and
 * the publication.
 */
@Named
@ViewScoped
public class CampaignDisplayBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PortalClock clock;

    @Inject
    CampaignService campaigns;

    @Inject
    ProposalService proposals;

    @Inject
    DisplayService displays;

    @Inject
    CampaignPublication publication;

    @Inject
    AttachmentService attachments;

    @Inject
    CurrentUser currentUser;

    private String id;
    private Long campaignId;
    private Campaign campaign;
    private DisplayService.View shown;
    private List<Objection> objections;
    private Map<Long, List<Attachment>> evidence;
    private List<String> vetoed;
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private String approvalDocument;
    private LocalDate approvalDate;

    public void load() {
        campaignId = Ids.parse(id);
        if (approvalDate == null) {
            approvalDate = clock.today();
        }
        refresh();
    }

    private void refresh() {
        campaign = campaigns.get(currentUser.actor(), campaignId);
        Display display = proposals.displayOf(campaign).orElse(null);
        shown = display == null ? null : displays.view(display.getId());
        objections = display == null ? List.of() : displays.objections(currentUser.actor(), display.getId());
        evidence = new HashMap<>();
        for (Objection o : objections) {
            evidence.put(o.getId(), attachments.ofOwner(currentUser.actor(), ObjectionEvidence.OWNER_TYPE, o.getId()));
        }
        vetoed = campaign.getStage() == Stage.APPROVAL
                ? proposals.vetoedNow(currentUser.actor(), campaign).stream().map(e -> e.enterprise().getName()).toList()
                : List.of();
    }

    public void acknowledge(Objection o) {
        Pages.attempt(() -> {
            displays.acknowledge(currentUser.actor(), o.getId(), o.getVersion(), notes.get(o.getId()));
            Pages.info("objection.acknowledged", o.getReference());
            notes.remove(o.getId());
        });
        refresh();
    }

    public void decide(Objection o, boolean uphold) {
        Pages.attempt(() -> {
            displays.decide(currentUser.actor(), o.getId(), o.getVersion(), uphold, reasons.get(o.getId()));
            Pages.info(uphold ? "objection.upheld" : "objection.dismissed", o.getReference());
            reasons.remove(o.getId());
        });
        refresh();
    }

    public void publish() {
        Pages.attempt(() -> {
            CampaignPublication.Published p = publication.publish(currentUser.actor(), campaignId, campaign.getVersion(),
                    approvalDocument, approvalDate);
            Pages.info("publication.done", p.titles().size());
            if (!p.vetoed().isEmpty()) {
                Pages.error("publication.vetoedDone", new cn.tianjin.quality.platform.web.Messages.Join(p.vetoed()));
            }
        });
        refresh();
    }

    /** The name of the enterprise an objection concerns. */
    public String entryName(Objection o) {
        return shown.line(o.getEntryId()).map(l -> l.entry().getEnterpriseName()).orElse("");
    }

    public Campaign getCampaign() { return campaign; }
    public DisplayService.View getShown() { return shown; }
    public List<Objection> getObjections() { return objections; }
    public Map<Long, List<Attachment>> getEvidence() { return evidence; }
    public List<String> getVetoed() { return vetoed; }
    public Map<Long, String> getNotes() { return notes; }
    public Map<Long, String> getReasons() { return reasons; }
    public String getApprovalDocument() { return approvalDocument; }
    public void setApprovalDocument(String d) { this.approvalDocument = d; }
    public LocalDate getApprovalDate() { return approvalDate; }
    public void setApprovalDate(LocalDate d) { this.approvalDate = d; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
