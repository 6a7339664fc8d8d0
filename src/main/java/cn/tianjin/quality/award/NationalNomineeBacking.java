package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.files.Attachment;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.platform.web.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A nominee's recommendation (/official/national-nominee?id=): its sections and the files the package carries, written
 * and attached while the edition is being prepared.
 */
@Named
@ViewScoped
public class NationalNomineeBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    NationalService national;

    @Inject
    CurrentUser currentUser;

    @Inject
    AttachmentService attachments;

    private Long id;
    private NationalService.NomineeDetail detail;
    /** Each section's text as the form holds it, by section id, kept across a refused save. */
    private Map<Long, String> bodies;
    private List<Attachment> files;
    private transient UploadedFile upload;

    public void load() {
        detail = national.nominee(currentUser.actor(), id);
        if (bodies == null) {
            bodies = new LinkedHashMap<>();
            detail.sections().forEach(s -> bodies.put(s.getId(), s.getBody()));
        }
        files = attachments.ofOwner(currentUser.actor(), NationalMaterials.OWNER_TYPE, id);
    }

    /** Attaches a file the package carries (while the edition is being prepared). */
    public void attach() {
        if (Uploads.store(attachments, currentUser.actor(), NationalMaterials.OWNER_TYPE, id, upload)) {
            Pages.reload("/official/national-nominee?id=" + id);
        }
    }

    public void save() {
        if (Pages.attempt(() -> {
            national.write(currentUser.actor(), id, detail.line().nominee().getVersion(), bodies);
            Pages.info("national.sections.saved");
        })) {
            bodies = null;
        }
        load();
    }

    /** Takes a wrongly attached file off (while the edition is being prepared). */
    public void removeFile(Attachment a) {
        if (Pages.attempt(() -> {
            attachments.remove(currentUser.actor(), a.getId());
            Pages.info("national.file.removed", a.getFileName());
        })) {
            Pages.reload("/official/national-nominee?id=" + id);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public NationalService.NomineeDetail getDetail() { return detail; }
    public Map<Long, String> getBodies() { return bodies; }
    public List<Attachment> getFiles() { return files; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
}
