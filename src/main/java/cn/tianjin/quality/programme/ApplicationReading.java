package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.files.Attachment;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * A submitted application read, never changed, by someone the workflow lets read it without acting on it (the
 * evaluators of the organisation running its campaign): the application and its documents.
 */
@Named
@RequestScoped
public class ApplicationReading {
    @Inject
    ApplicationService applications;

    @Inject
    AttachmentService attachments;

    @Inject
    CurrentUser currentUser;

    private String id;
    private ApplicationService.View view;
    private List<Attachment> documents;

    public void load() {
        Long applicationId = Ids.parse(id);
        view = applications.view(currentUser.actor(), applicationId);
        documents = attachments.ofOwner(currentUser.actor(), ApplicationDocuments.OWNER_TYPE, applicationId);
    }

    public ApplicationService.View getView() { return view; }
    public List<Attachment> getDocuments() { return documents; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
