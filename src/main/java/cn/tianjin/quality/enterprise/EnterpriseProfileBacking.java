package cn.tianjin.quality.enterprise;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.files.Attachment;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.ApplicantAccountService;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.platform.web.Uploads;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** The applicant's home (/enterprise/) and profile (/enterprise/profile): details, colleagues, documents. */
@Named
@ViewScoped
public class EnterpriseProfileBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PortalClock clock;

    @Inject
    EnterpriseService enterprises;

    @Inject
    ApplicantAccountService applicantAccounts;

    @Inject
    AttachmentService attachments;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private Enterprise enterprise;
    private List<UserAccount> colleagues;
    private List<Attachment> documents;
    private String inviteName;
    private String inviteEmail;
    private transient UploadedFile upload;

    @PostConstruct
    void init() {
        enterprise = enterprises.getFor(currentUser.actor(), currentUser.actor().enterpriseId());
        refresh();
    }

    private void refresh() {
        colleagues = applicantAccounts.colleagues(currentUser.actor());
        documents = attachments.ofOwner(currentUser.actor(), EnterpriseDocuments.OWNER_TYPE, enterprise.getId());
    }

    public void invite() {
        Pages.attempt(() -> {
            applicantAccounts.inviteColleague(currentUser.actor(), inviteName, inviteEmail, language.getTag());
            Pages.info("profile.invited", inviteEmail);
            inviteName = null;
            inviteEmail = null;
            refresh();
        });
    }

    public void uploadDocument() {
        if (Uploads.store(attachments, currentUser.actor(), EnterpriseDocuments.OWNER_TYPE, enterprise.getId(), upload)) {
            refresh();
        }
    }

    public Enterprise getEnterprise() { return enterprise; }
    public List<UserAccount> getColleagues() { return colleagues; }
    public List<Attachment> getDocuments() { return documents; }
    public String getInviteName() { return inviteName; }
    public void setInviteName(String inviteName) { this.inviteName = inviteName; }
    public String getInviteEmail() { return inviteEmail; }
    public void setInviteEmail(String inviteEmail) { this.inviteEmail = inviteEmail; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
}
