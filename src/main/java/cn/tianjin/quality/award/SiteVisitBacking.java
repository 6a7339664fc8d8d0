package cn.tianjin.quality.award;

import cn.tianjin.quality.programme.Stage;
import cn.tianjin.quality.programme.CampaignService;
import cn.tianjin.quality.programme.ApplicationService;
import cn.tianjin.quality.programme.ApplicationDocuments;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.files.Attachment;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.platform.web.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/** A site visit as its team sees it (/expert/site-visit?id=): the application, and for the leader the report form. */
@Named
@ViewScoped
public class SiteVisitBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SiteVisitService visits;

    @Inject
    ApplicationService applications;

    @Inject
    AttachmentService attachments;

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentUser currentUser;

    private String id;
    private Long visitId;
    private SiteVisitService.View view;
    private ApplicationService.View application;
    private List<Attachment> documents;
    private List<Attachment> reports;
    private String findings;
    private final Map<String, BigDecimal> scores = new HashMap<>();
    private transient UploadedFile upload;

    public void load() {
        visitId = Ids.parse(id);
        refresh();
        findings = view.visit().getFindings();
        scores.clear();
        scores.putAll(view.scores());
    }

    private void refresh() {
        view = visits.get(currentUser.actor(), visitId);
        application = applications.view(currentUser.actor(), view.application().getId());
        documents = attachments.ofOwner(currentUser.actor(), ApplicationDocuments.OWNER_TYPE, view.application().getId());
        reports = attachments.ofOwner(currentUser.actor(), SiteVisitReports.OWNER_TYPE, visitId);
    }

    public void report() {
        Pages.attempt(() -> {
            visits.report(currentUser.actor(), visitId, findings, scores);
            refresh();
            Pages.info("visit.reported");
        });
    }

    public void uploadReport() {
        if (Uploads.store(attachments, currentUser.actor(), SiteVisitReports.OWNER_TYPE, visitId, upload)) {
            Pages.reload("/expert/site-visit?id=" + visitId);
        }
    }

    public boolean isLeader() {
        return currentUser.actor().userId().equals(view.visit().getLeaderUserId());
    }

    /** The leader writes the report while the campaign is at its site-visit stage; afterwards it is read-only. */
    public boolean isReporting() {
        return isLeader() && campaigns.find(view.visit().getCampaignId()).getStage() == Stage.SITE_VISIT;
    }

    public SiteVisitService.View getView() { return view; }
    public ApplicationService.View getApplication() { return application; }
    public List<Attachment> getDocuments() { return documents; }
    public List<Attachment> getReports() { return reports; }
    public String getFindings() { return findings; }
    public void setFindings(String findings) { this.findings = findings; }
    public Map<String, BigDecimal> getScores() { return scores; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
