package cn.tianjin.quality.programme;

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
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** A recommender's view of one application that named it (/recommender/application?id=): recommend or return. */
@Named
@ViewScoped
public class RecommendationBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/recommender/application?id=";

    @Inject
    ApplicationService applications;

    @Inject
    AttachmentService attachments;

    @Inject
    CurrentUser currentUser;

    private String id;
    private Long applicationId;
    private ApplicationService.View view;
    private List<Attachment> documents;
    private List<Attachment> letters;
    private String opinion;
    private String reasons;
    private transient UploadedFile upload;

    public void load() {
        applicationId = Ids.parse(id);
        refresh();
    }

    private void refresh() {
        view = applications.view(currentUser.actor(), applicationId);
        documents = attachments.ofOwner(currentUser.actor(), ApplicationDocuments.OWNER_TYPE, applicationId);
        letters = attachments.ofOwner(currentUser.actor(), RecommendationLetters.OWNER_TYPE, applicationId);
    }

    public void uploadLetter() {
        if (Uploads.store(attachments, currentUser.actor(), RecommendationLetters.OWNER_TYPE, applicationId, upload)) {
            Pages.reload(PAGE + applicationId);
        }
    }

    public void recommend() {
        Pages.attempt(() -> {
            applications.recommend(currentUser.actor(), applicationId, opinion);
            Pages.info("application.recommendedDone");
            Pages.reload(PAGE + applicationId);
        });
    }

    public void returnApplication() {
        Pages.attempt(() -> {
            applications.returnToApplicant(currentUser.actor(), applicationId, reasons);
            Pages.info("application.returnedDone");
            Pages.reload(PAGE + applicationId);
        });
    }

    public boolean isPending() {
        return view.application().getStatus() == ApplicationStatus.SUBMITTED;
    }

    public ApplicationService.View getView() { return view; }
    public List<Attachment> getDocuments() { return documents; }
    public List<Attachment> getLetters() { return letters; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
}
