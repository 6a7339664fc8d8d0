package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.files.Attachment;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.platform.web.Uploads;
import cn.tianjin.quality.review.RubricItem;
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
 * The applicant's application (/enterprise/application?id=): where it stands and what is asked, the form while it can
 * be edited (model, narratives per category, self-assessment per item, recommender, declaration), attachments, submit
 * and withdraw.
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
    DisplayService display;

    private DisplayService.StandingView standing;

    private String id;
    private Long applicationId;
    private ApplicationService.View view;
    private List<UserAccount> recommenders;
    private List<Attachment> documents;
    private String modelName;
    private String modelDescription;
    private Long recommenderUserId;
    private boolean honestyDeclared;
    private final Map<String, String> narratives = new LinkedHashMap<>();
    private final Map<String, Integer> selfScores = new LinkedHashMap<>();
    private String withdrawReason;
    private transient UploadedFile upload;

    public void load() {
        applicationId = Ids.parse(id);
        refresh();
    }

    private void refresh() {
        view = applications.view(currentUser.actor(), applicationId);
        standing = display.standing(currentUser.actor(), applicationId).orElse(null);
        recommenders = applications.recommenders();
        documents = attachments.ofOwner(currentUser.actor(), ApplicationDocuments.OWNER_TYPE, applicationId);
        AwardApplication a = view.application();
        modelName = a.getModelName();
        modelDescription = a.getModelDescription();
        recommenderUserId = a.getRecommenderUserId();
        honestyDeclared = a.isHonestyDeclared();
        narratives.clear();
        view.rubric().categories().forEach(c -> narratives.put(c.code(), view.narratives().get(c.code())));
        selfScores.clear();
        view.rubric().items().forEach(i -> selfScores.put(i.code(), view.selfScores().get(i.code())));
    }

    private ApplicationService.Form form() {
        return new ApplicationService.Form(modelName, modelDescription, recommenderUserId, honestyDeclared,
                new HashMap<>(narratives), new HashMap<>(selfScores));
    }

    public void save() {
        Pages.attempt(() -> {
            applications.save(currentUser.actor(), applicationId, view.application().getVersion(), form());
            refresh();
            Pages.info("award.saved");
        });
    }

    public void submit() {
        Pages.attempt(() -> {
            applications.save(currentUser.actor(), applicationId, view.application().getVersion(), form());
            refresh();
            applications.submit(currentUser.actor(), applicationId);
            Pages.info("award.submitted");
            Pages.reload(PAGE + applicationId);
        });
    }

    public void withdraw() {
        Pages.attempt(() -> {
            applications.withdraw(currentUser.actor(), applicationId, withdrawReason);
            Pages.info("award.withdrawn");
            Pages.reload(PAGE + applicationId);
        });
    }

    public void uploadDocument() {
        if (Uploads.store(attachments, currentUser.actor(), ApplicationDocuments.OWNER_TYPE, applicationId, upload)) {
            Pages.reload(PAGE + applicationId);
        }
    }

    /** Where an eligible application stands in the later stages; null before the review. */
    public DisplayService.StandingView getStanding() {
        return standing;
    }

    /** The message that tells the applicant what, if anything, is asked of it now. */
    public String getAsk() {
        return "award.ask." + view.application().getStatus();
    }

    public boolean isEditable() {
        return view.application().getStatus().isEditable();
    }

    public List<RubricItem> itemsOf(String categoryCode) {
        return view.rubric().findCategory(categoryCode).map(c -> c.items()).orElse(List.of());
    }

    public ApplicationService.View getView() { return view; }
    public List<UserAccount> getRecommenders() { return recommenders; }
    public List<Attachment> getDocuments() { return documents; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getModelName() { return modelName; }
    public void setModelName(String modelName) { this.modelName = modelName; }
    public String getModelDescription() { return modelDescription; }
    public void setModelDescription(String modelDescription) { this.modelDescription = modelDescription; }
    public Long getRecommenderUserId() { return recommenderUserId; }
    public void setRecommenderUserId(Long recommenderUserId) { this.recommenderUserId = recommenderUserId; }
    public boolean isHonestyDeclared() { return honestyDeclared; }
    public void setHonestyDeclared(boolean honestyDeclared) { this.honestyDeclared = honestyDeclared; }
    public Map<String, String> getNarratives() { return narratives; }
    public Map<String, Integer> getSelfScores() { return selfScores; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
}
