package cn.tianjin.quality.programme;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.work.WorkItem;
import cn.tianjin.quality.platform.work.WorkQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the workflow asks of each role: officials the applications awaiting their eligibility check, recommenders the
 * applications naming them, applicants the calls open to them and what each of their applications needs next.
 */
@ApplicationScoped
public class ApplicationWork implements WorkQueue {
    @PersistenceContext
    EntityManager em;

    @Inject
    Programmes programmes;

    @Inject
    CampaignService campaigns;

    @Override
    @Transactional
    public List<WorkItem> waitingForBureau(LocalDate today) {
        return awaitingEligibility();
    }

    @Override
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        if (actor.is(Role.RECOMMENDER)) {
            return awaitingRecommendation(actor);
        }
        if (actor.is(Role.APPLICANT) && actor.enterpriseId() != null) {
            List<WorkItem> items = new ArrayList<>(callsOpen(actor.enterpriseId(), today));
            items.addAll(applicationsToFinish(actor.enterpriseId()));
            return items;
        }
        return List.of();
    }

    private boolean recommends(Campaign c) {
        return programmes.get(c.getProgramme()).stages().contains(Stage.RECOMMENDATION);
    }

    /**
     * Per campaign: recommended applications, or submitted ones where the programme has no recommendation (only one of
     * the two statuses awaits the check in a campaign, so each campaign gives one line).
     */
    private List<WorkItem> awaitingEligibility() {
        List<WorkItem> items = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT a.campaignId, a.status, COUNT(a) FROM Application a"
                        + " WHERE a.status IN :s GROUP BY a.campaignId, a.status", Object[].class)
                .setParameter("s", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RECOMMENDED)).getResultList()) {
            Campaign c = em.find(Campaign.class, r[0]);
            if (((ApplicationStatus) r[1]).awaitsEligibility(recommends(c))) {
                items.add(WorkItem.of("work.eligibility", (Long) r[2], "/official/campaign?id=" + c.getId(), null, c.getName()));
            }
        }
        return items;
    }

    /** Per campaign: the submitted applications that name the recommender, due by the recommendation deadline. */
    private List<WorkItem> awaitingRecommendation(Actor actor) {
        List<WorkItem> items = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT a.campaignId, COUNT(a) FROM Application a WHERE a.recommenderUserId = :u"
                        + " AND a.status = :s GROUP BY a.campaignId", Object[].class)
                .setParameter("u", actor.userId()).setParameter("s", ApplicationStatus.SUBMITTED).getResultList()) {
            Campaign c = em.find(Campaign.class, r[0]);
            if (recommends(c)) {
                items.add(WorkItem.of("work.recommendation", (Long) r[1], "/recommender/#named-applications",
                        c.getRecommendationDeadline(), c.getName()));
            }
        }
        return items;
    }

    /**
     * Each campaign taking applications today that is open to the enterprise (its industry among the campaign's, when
     * the campaign names industries) and that it has not applied to (or may apply to again).
     */
    private List<WorkItem> callsOpen(Long enterpriseId, LocalDate today) {
        List<Long> applied = em.createQuery("SELECT DISTINCT a.campaignId FROM Application a WHERE a.enterpriseId = :e"
                + " AND a.status <> :w", Long.class).setParameter("e", enterpriseId)
                .setParameter("w", ApplicationStatus.WITHDRAWN).getResultList();
        Enterprise e = em.find(Enterprise.class, enterpriseId);
        String industry = e == null || e.getIndustry() == null ? null : e.getIndustry().name();
        return campaigns.open().stream()
                .filter(c -> c.industrySet().isEmpty() || c.industrySet().contains(industry))
                .filter(c -> !applied.contains(c.getId()) || programmes.get(c.getProgramme()).severalPerApplicant())
                .map(c -> WorkItem.of("work.call", 1, "/enterprise/award#open-campaigns", c.getApplicationsClose(), c.getName()))
                .toList();
    }

    /** Drafts to submit before the call closes; returned applications to change and submit again. */
    private List<WorkItem> applicationsToFinish(Long enterpriseId) {
        List<WorkItem> items = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT a, c FROM Application a, Campaign c WHERE c.id = a.campaignId"
                        + " AND a.enterpriseId = :e AND a.status IN :s ORDER BY a.id", Object[].class)
                .setParameter("e", enterpriseId)
                .setParameter("s", List.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED)).getResultList()) {
            Application a = (Application) r[0];
            Campaign c = (Campaign) r[1];
            if (a.getStatus() == ApplicationStatus.DRAFT && c.getStage() == Stage.OPEN) {
                items.add(WorkItem.of("work.draft", 1, "/enterprise/application?id=" + a.getId(), c.getApplicationsClose(),
                        c.getName(), subject(a)));
            } else if (a.getStatus() == ApplicationStatus.RETURNED && (c.getStage() == Stage.OPEN || c.getStage() == Stage.RECOMMENDATION)) {
                items.add(WorkItem.of("work.returned", 1, "/enterprise/application?id=" + a.getId(),
                        recommends(c) ? c.getRecommendationDeadline() : c.getApplicationsClose(), c.getName(), subject(a)));
            }
        }
        return items;
    }

    private static String subject(Application a) {
        return a.getSubjectName() == null ? "" : a.getSubjectName();
    }
}
