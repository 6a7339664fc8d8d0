package cn.tianjin.quality.award;

import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.credit.DishonestyEntry;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The eligibility review (资格审核) and credit check (信用审查) of recommended applications: the checklist opens with
 * the portal's automatic results filled in, officials add their findings, and the outcome with its reason goes to the
 * applicant. An application is found eligible only when every check passes, and never while the enterprise is on the
 * dishonesty list.
 */
@ApplicationScoped
public class EligibilityService {
    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CampaignService campaigns;

    @Inject
    ApplicationService applications;

    @Inject
    CreditService credit;

    @Inject
    TitleService titles;

    @Inject
    AuditLog audit;

    /** The checklist of a recommended application, created with the automatic results the first time it is opened. */
    @Transactional
    public List<EligibilityItem> checklist(Actor actor, Long applicationId) {
        AwardApplication a = reviewable(actor, applicationId);
        List<EligibilityItem> items = items(a.getId());
        if (!items.isEmpty()) {
            return items;
        }
        AwardCampaign campaign = em.find(AwardCampaign.class, a.getCampaignId());
        Enterprise e = em.find(Enterprise.class, a.getEnterpriseId());
        List<EligibilityRules.Listing> listings = credit.entriesOf(e.getCreditCode()).stream().map(EligibilityService::listing).toList();
        EligibilityRules.Facts facts = new EligibilityRules.Facts(!e.isOutsideTianjin(), e.getFoundedOn(),
                e.getIndustry() == null ? null : e.getIndustry().name(), listings, titles.awardYears(e.getId()));
        for (EligibilityRules.Outcome o : EligibilityRules.evaluate(campaign.eligibilityRules(), facts, clock.today(), campaign.getYear())) {
            String detail = Messages.get(Messages.CHINESE, o.messageKey(), o.args().toArray());
            em.persist(new EligibilityItem(a.getId(), o.check(), o.result(), detail.length() > 1000 ? detail.substring(0, 1000) : detail));
        }
        em.flush();
        audit.record(actor, "award-application", a.getId(), "eligibility-open", "");
        return items(a.getId());
    }

    /** Records the official's result and finding on one check; a result other than the automatic one needs a finding. */
    @Transactional
    public EligibilityItem record(Actor actor, Long applicationId, EligibilityRules.Check check, EligibilityRules.Result result,
                                  String finding) {
        AwardApplication a = reviewable(actor, applicationId);
        EligibilityItem item = items(a.getId()).stream().filter(i -> i.getCheck() == check).findFirst()
                .orElseThrow(() -> new NotFoundException("check " + check));
        if (result == null || result == EligibilityRules.Result.REVIEW) {
            throw BusinessException.onField("result", "eligibility.result.required");
        }
        String text = Texts.optional(finding, ApplicationService.MAX_REASON, "finding");
        if (result != item.getAutoResult() && text == null) {
            throw BusinessException.onField("finding", "eligibility.finding.required");
        }
        item.record(result, text, actor.username(), clock.now());
        audit.record(actor, "award-application", a.getId(), "eligibility-check", check + "=" + result + (text == null ? "" : ": " + text));
        return item;
    }

    /** Decides the application's eligibility and tells the applicant the outcome and its reason. */
    @Transactional
    public AwardApplication decide(Actor actor, Long applicationId, boolean eligible, String reason) {
        AwardApplication a = reviewable(actor, applicationId);
        List<EligibilityItem> items = checklist(actor, applicationId);
        ApplicationStatus target = eligible ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
        if (!a.getStatus().canMoveTo(target)) {
            throw new BusinessException("eligibility.already", a.getStatus());
        }
        String text = Texts.required(reason, ApplicationService.MAX_REASON, "reason", "eligibility.reason.required");
        if (eligible) {
            List<String> open = items.stream().filter(i -> i.getEffective() != EligibilityRules.Result.PASS)
                    .map(i -> Messages.get(Messages.CHINESE, "eligibility.check." + i.getCheck())).toList();
            if (!open.isEmpty()) {
                throw new BusinessException("eligibility.notAllPassed", String.join("、", open));
            }
            Enterprise e = em.find(Enterprise.class, a.getEnterpriseId());
            CreditService.Veto veto = credit.veto(e.getCreditCode(), clock.today());
            if (veto.vetoed()) {
                DishonestyEntry entry = veto.entries().get(0);
                throw new BusinessException("award.vetoed", entry.getReason(), String.valueOf(entry.getSourceDocument()),
                        entry.getListedOn().toString());
            }
        }
        a.move(target, clock.now());
        a.eligibilityDecided(text, clock.now());
        AwardCampaign campaign = em.find(AwardCampaign.class, a.getCampaignId());
        applications.tellApplicant(a, eligible ? "eligibility.eligible.subject" : "eligibility.ineligible.subject",
                eligible ? "eligibility.eligible.body" : "eligibility.ineligible.body", campaign.getName(), text);
        audit.record(actor, "award-application", a.getId(), eligible ? "eligible" : "ineligible", text);
        return a;
    }

    /** A recommended (or already decided) application in a campaign at its eligibility stage, for staff. */
    private AwardApplication reviewable(Actor actor, Long applicationId) {
        actor.requireStaff("judging eligibility");
        AwardApplication a = applications.visible(actor, applicationId);
        if (a.getStatus() != ApplicationStatus.RECOMMENDED && a.getStatus() != ApplicationStatus.ELIGIBLE
                && a.getStatus() != ApplicationStatus.INELIGIBLE) {
            throw new BusinessException("eligibility.notRecommended");
        }
        AwardCampaign campaign = em.find(AwardCampaign.class, a.getCampaignId());
        if (campaign.getStage() != CampaignStage.ELIGIBILITY) {
            throw new BusinessException("eligibility.wrongStage", campaign.getStage());
        }
        return a;
    }

    private List<EligibilityItem> items(Long applicationId) {
        return em.createQuery("SELECT i FROM EligibilityItem i WHERE i.applicationId = :a", EligibilityItem.class)
                .setParameter("a", applicationId).getResultList().stream()
                .sorted(java.util.Comparator.comparing(EligibilityItem::getCheck)).toList();
    }

    private static EligibilityRules.Listing listing(DishonestyEntry d) {
        return new EligibilityRules.Listing(d.getId(), d.getReason(), d.getSourceDocument(), d.getListedOn(),
                d.getEndedOn() != null ? d.getEndedOn() : d.getRemovalOn());
    }
}
