package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.BusinessException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * The applicant's application in any programme (/enterprise/application?id=): where it stands and what is asked, the
 * form while it can be edited (what it puts forward, a section per rubric category, the recommender, the declaration,
 * and the programme's own part), attachments, submit and withdraw.
 */
@Named
@ViewScoped
public class ApplicationBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/enterprise/application?id=";

    @Inject
    ApplicationService applications;

    @Inject
    AttachmentService attachments;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProposalService proposals;

    @Inject
    Programmes programmes;

    private ProposalService.StandingView standing;

    private String id;
    private Long applicationId;
    private ApplicationService.View view;
    private List<UserAccount> recommenders;
    private List<Attachment> documents;
    private String subjectName;
    private String subjectDescription;
    private Long recommenderUserId;
    private boolean honestyDeclared;
    private final Map<String, String> narratives = new LinkedHashMap<>();
    private String withdrawReason;
    private transient UploadedFile upload;

    public void load() {
        applicationId = Ids.parse(id);
        refresh();
    }

    private void refresh() {
        view = applications.view(currentUser.actor(), applicationId);
        standing = proposals.standing(currentUser.actor(), applicationId).orElse(null);
        recommenders = applications.recommenders();
        documents = attachments.ofOwner(currentUser.actor(), ApplicationDocuments.OWNER_TYPE, applicationId);
        Application a = view.application();
        subjectName = a.getSubjectName();
        subjectDescription = a.getSubjectDescription();
        recommenderUserId = a.getRecommenderUserId();
        honestyDeclared = a.isHonestyDeclared();
        narratives.clear();
        view.rubric().categories().forEach(c -> narratives.put(c.code(), view.sections().get(c.code())));
    }

    private ApplicationService.Form form() {
        return new ApplicationService.Form(subjectName, subjectDescription, recommenderUserId, honestyDeclared,
                new HashMap<>(narratives));
    }

    public void save() {
        Pages.attempt(() -> {
            applications.save(currentUser.actor(), applicationId, view.application().getVersion(), form());
            refresh();
            Pages.info("application.saved");
        });
    }

    public void submit() {
        Pages.attempt(() -> {
            applications.save(currentUser.actor(), applicationId, view.application().getVersion(), form());
            refresh();
            applications.submit(currentUser.actor(), applicationId);
            Pages.info("application.submitted");
            Pages.reload(PAGE + applicationId);
        });
    }

    public void withdraw() {
        Pages.attempt(() -> {
            applications.withdraw(currentUser.actor(), applicationId, withdrawReason);
            Pages.info("application.withdrawn");
            Pages.reload(PAGE + applicationId);
        });
    }

    public void uploadDocument() {
        if (Uploads.store(attachments, currentUser.actor(), ApplicationDocuments.OWNER_TYPE, applicationId, upload)) {
            Pages.reload(PAGE + applicationId);
        }
    }

    /** Where an eligible application stands in the later stages; null before the review. */
    public ProposalService.StandingView getStanding() {
        return standing;
    }

    /** The message that tells the applicant what, if anything, is asked of it now. */
    public String getAsk() {
        return "application.ask." + view.application().getStatus();
    }

    public boolean isEditable() {
        return view.application().getStatus().isEditable();
    }

    /** What the application puts forward, as its programme names it. */
    public String getSubjectKind() {
        return programmes.get(view.campaign().getProgramme()).subjectKind();
    }

    /** Whether the programme asks for a recommender. */
    public boolean isRecommended() {
        return programmes.get(view.campaign().getProgramme()).stages().contains(Stage.RECOMMENDATION);
    }

    /** The page fragment with the programme's own part of the application, or null. */
    public String getProgrammePage() {
        return programmes.get(view.campaign().getProgramme()).applicationPage().orElse(null);
    }

    public ApplicationService.View getView() { return view; }
    public List<UserAccount> getRecommenders() { return recommenders; }
    public List<Attachment> getDocuments() { return documents; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getSubjectName() { return subjectName; }
    public void setSubjectName(String subjectName) { this.subjectName = subjectName; }
    public String getSubjectDescription() { return subjectDescription; }
    public void setSubjectDescription(String subjectDescription) { this.subjectDescription = subjectDescription; }
    public Long getRecommenderUserId() { return recommenderUserId; }
    public void setRecommenderUserId(Long recommenderUserId) { this.recommenderUserId = recommenderUserId; }
    public boolean isHonestyDeclared() { return honestyDeclared; }
    public void setHonestyDeclared(boolean honestyDeclared) { this.honestyDeclared = honestyDeclared; }
    public Map<String, String> getNarratives() { return narratives; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
}
