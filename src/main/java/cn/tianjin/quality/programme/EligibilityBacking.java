package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.files.Attachment;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The eligibility checklist of one application, for those who run its campaign: officials (/official/eligibility?id=)
 * and the evaluators of the alliance member running a brand campaign (/alliance/eligibility?id=).
 */
@Named
@ViewScoped
public class EligibilityBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EligibilityService eligibility;

    @Inject
    ApplicationService applications;

    @Inject
    AttachmentService attachments;

    @Inject
    CurrentUser currentUser;

    private String id;
    private Long applicationId;
    private ApplicationService.View view;
    private List<EligibilityItem> items;
    private List<Attachment> documents;
    private List<Attachment> letters;
    /** The result chosen per check, by name: a map bound in a page cannot tell Faces which enum its values are. */
    private final Map<String, String> results = new HashMap<>();
    private final Map<String, String> findings = new HashMap<>();
    private String reason;

    public void load() {
        applicationId = Ids.parse(id);
        view = applications.view(currentUser.actor(), applicationId);
        documents = attachments.ofOwner(currentUser.actor(), ApplicationDocuments.OWNER_TYPE, applicationId);
        letters = attachments.ofOwner(currentUser.actor(), RecommendationLetters.OWNER_TYPE, applicationId);
        if (!Pages.attempt(() -> {
            items = eligibility.checklist(currentUser.actor(), applicationId);
            items.forEach(i -> {
                results.put(i.getCheck(), i.getEffective() == EligibilityRules.Result.REVIEW ? null : i.getEffective().name());
                findings.put(i.getCheck(), i.getFinding());
            });
        })) {
            items = List.of();
        }
    }

    public void record(String check) {
        Pages.attempt(() -> {
            String chosen = results.get(check);
            eligibility.record(currentUser.actor(), applicationId, check,
                    chosen == null || chosen.isBlank() ? null : EligibilityRules.Result.valueOf(chosen), findings.get(check));
            items = eligibility.checklist(currentUser.actor(), applicationId);
            Pages.info("eligibility.recorded");
        });
    }

    public void decide(boolean eligible) {
        Pages.attempt(() -> {
            eligibility.decide(currentUser.actor(), applicationId, eligible, reason);
            Pages.info(eligible ? "eligibility.decidedEligible" : "eligibility.decidedIneligible");
            Pages.reload(getHome() + "/eligibility?id=" + applicationId);
        });
    }

    /** The folder of the caller's pages: the alliance's for an evaluator, the officials' otherwise. */
    public String getHome() {
        return currentUser.actor().is(cn.tianjin.quality.platform.security.Role.EVALUATOR) ? "/alliance" : "/official";
    }

    public EligibilityRules.Result[] getResultChoices() {
        return new EligibilityRules.Result[] {EligibilityRules.Result.PASS, EligibilityRules.Result.FAIL};
    }

    public ApplicationService.View getView() { return view; }
    public List<EligibilityItem> getItems() { return items; }
    public List<Attachment> getDocuments() { return documents; }
    public List<Attachment> getLetters() { return letters; }
    public Map<String, String> getResults() { return results; }
    public Map<String, String> getFindings() { return findings; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
