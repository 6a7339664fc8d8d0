package cn.tianjin.quality.programme;

import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.credit.DishonestyEntry;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.web.Messages;
import cn.tianjin.quality.publication.TitleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The eligibility review (资格审核) and credit check (信用审查) of submitted applications, in every programme: the
 * checklist opens with the portal's automatic results filled in (the shared checks, then the programme's own), officials
 * add their findings, and the outcome with its reason goes to the applicant. An application is found eligible only when
 * every check passes, and never while the enterprise is on the dishonesty list.
 */
@ApplicationScoped
public class EligibilityService {
    @Inject
    cn.tianjin.quality.credit.GradeService grades;

    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    Programmes programmes;

    @Inject
    ApplicationService applications;

    @Inject
    CreditService credit;

    @Inject
    TitleService titles;

    @Inject
    AuditLog audit;

    @Inject
    Event<ApplicationEvents.EligibilityDecided> decided;

    @Inject
    CampaignService campaigns;

    /** The checklist of an application awaiting eligibility, created with the automatic results the first time it is opened. */
    @Transactional
    public List<EligibilityItem> checklist(Actor actor, Long applicationId) {
        Application a = reviewable(actor, applicationId);
        List<EligibilityItem> items = items(a.getId());
        if (!items.isEmpty()) {
            return items;
        }
        Campaign campaign = em.find(Campaign.class, a.getCampaignId());
        Programme programme = programmes.get(campaign.getProgramme());
        Enterprise e = em.find(Enterprise.class, a.getEnterpriseId());
        List<EligibilityRules.Listing> listings = credit.entriesOf(e.getCreditCode()).stream().map(EligibilityService::listing).toList();
        EligibilityRules.Facts facts = new EligibilityRules.Facts(!e.isOutsideTianjin(), e.getFoundedOn(),
                e.getIndustry() == null ? null : e.getIndustry().name(), listings,
                titles.years(programme.code(), e.getId(), programme.exclusionLevel()));
        List<EligibilityRules.Outcome> outcomes = new ArrayList<>(EligibilityRules.standard(campaign.eligibilityRules(), facts,
                clock.today(), campaign.getYear()));
        var grade = grades.gradeOf(e.getCreditCode());
        outcomes.add(EligibilityRules.creditGrade(campaign.getMinCreditGrade(), grade.grade().name(), grade.score()));
        outcomes.addAll(programme.ownChecks(campaign, a, clock.today()));
        for (EligibilityRules.Outcome o : outcomes) {
            // One at a time: the ids keep the checklist's order (a flush of many new rows inserts them in no set order).
            em.persist(new EligibilityItem(a.getId(), o));
            em.flush();
        }
        audit.record(actor, Application.AUDIT_TYPE, a.getId(), "eligibility-open", "");
        return items(a.getId());
    }

    /** Records the official's result and finding on one check; a result other than the automatic one needs a finding. */
    @Transactional
    public EligibilityItem record(Actor actor, Long applicationId, String check, EligibilityRules.Result result, String finding) {
        Application a = reviewable(actor, applicationId);
        EligibilityItem item = items(a.getId()).stream().filter(i -> i.getCheck().equals(check)).findFirst()
                .orElseThrow(() -> new NotFoundException("check " + check));
        if (result == null || result == EligibilityRules.Result.REVIEW) {
            throw BusinessException.onField("result", "eligibility.result.required");
        }
        String text = Texts.optional(finding, ApplicationService.MAX_REASON, "finding");
        if (result != item.getAutoResult() && text == null) {
            throw BusinessException.onField("finding", "eligibility.finding.required");
        }
        item.record(result, text, actor.username(), clock.now());
        audit.record(actor, Application.AUDIT_TYPE, a.getId(), "eligibility-check", check + "=" + result
                + (text == null ? "" : ": " + text));
        return item;
    }

    /** Decides the application's eligibility and tells the applicant the outcome and its reason. */
    @Transactional
    public Application decide(Actor actor, Long applicationId, boolean eligible, String reason) {
        Application a = reviewable(actor, applicationId);
        List<EligibilityItem> items = checklist(actor, applicationId);
        ApplicationStatus target = eligible ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
        if (!a.getStatus().canMoveTo(target)) {
            throw new BusinessException("eligibility.already", new Messages.Key("application.status." + a.getStatus()));
        }
        String text = Texts.required(reason, ApplicationService.MAX_REASON, "reason", "eligibility.reason.required");
        if (eligible) {
            List<String> open = items.stream().filter(i -> i.getEffective() != EligibilityRules.Result.PASS)
                    .map(EligibilityItem::getCheck).toList();
            if (!open.isEmpty()) {
                throw new BusinessException("eligibility.notAllPassed",
                        new Messages.Join(open.stream().map(c -> new Messages.Key("eligibility.check." + c)).toList()));
            }
            applications.requireNotVetoed(em.find(Enterprise.class, a.getEnterpriseId()));
        }
        a.move(target, clock.now());
        a.eligibilityDecided(text, clock.now());
        Campaign campaign = em.find(Campaign.class, a.getCampaignId());
        audit.record(actor, Application.AUDIT_TYPE, a.getId(), eligible ? "eligible" : "ineligible", text);
        decided.fire(new ApplicationEvents.EligibilityDecided(applications.about(a, campaign), eligible, text));
        return a;
    }

    /**
     * An application awaiting or past eligibility in a campaign at its eligibility stage, for those who run the
     * campaign: bureau staff, or the evaluators of the alliance member running it.
     */
    private Application reviewable(Actor actor, Long applicationId) {
        if (!actor.is(cn.tianjin.quality.platform.security.Role.EVALUATOR)) {
            actor.requireStaff("judging eligibility");
        }
        Application a = applications.visible(actor, applicationId);
        Campaign campaign = em.find(Campaign.class, a.getCampaignId());
        campaigns.requireRunner(actor, campaign);
        boolean recommendation = programmes.get(campaign.getProgramme()).stages().contains(Stage.RECOMMENDATION);
        if (!a.getStatus().awaitsEligibility(recommendation) && a.getStatus() != ApplicationStatus.ELIGIBLE
                && a.getStatus() != ApplicationStatus.INELIGIBLE) {
            throw new BusinessException("eligibility.notRecommended");
        }
        if (campaign.getStage() != Stage.ELIGIBILITY) {
            throw new BusinessException("eligibility.wrongStage", new Messages.Key("campaign.stage." + campaign.getStage()));
        }
        return a;
    }

    private List<EligibilityItem> items(Long applicationId) {
        return em.createQuery("SELECT i FROM EligibilityItem i WHERE i.applicationId = :a ORDER BY i.id", EligibilityItem.class)
                .setParameter("a", applicationId).getResultList();
    }

    private static EligibilityRules.Listing listing(DishonestyEntry d) {
        return new EligibilityRules.Listing(d.getId(), d.getReason(), d.getSourceDocument(), d.getListedOn(),
                d.getEndedOn() != null ? d.getEndedOn() : d.getRemovalOn());
    }
}
