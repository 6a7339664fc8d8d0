package cn.tianjin.quality.award;

import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.Stage;
import cn.tianjin.quality.programme.CampaignService;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.web.Messages;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.review.ExpertDraw;
import cn.tianjin.quality.review.ExpertService;
import cn.tianjin.quality.review.RubricCategory;
import cn.tianjin.quality.review.RubricDefinition;
import cn.tianjin.quality.review.ScoreMath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Site visits (现场评审) of shortlisted entries. Officials plan a visit: its date and a team drawn from the available
 * experts by the same seeded draw as the review panels ({@link ExpertDraw}), experts in conflict with the enterprise
 * skipped; the seed is stored so the draw can be repeated. The first expert drawn leads the team and records the
 * findings and a score per rubric category. Team members, and staff, see the visit; nobody else.
 */
@ApplicationScoped
public class SiteVisitService {
    @Inject
    PortalClock clock;

    public static final int MAX_FINDINGS = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CampaignService campaigns;

    @Inject
    ExpertService experts;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    /** A visit with its team (in draw order) and the scores recorded so far. */
    public record View(SiteVisit visit, Application application, String enterpriseName, List<UserAccount> team,
                       Map<String, BigDecimal> scores, RubricDefinition rubric) implements Serializable {
    }

    /** Plans the visit of a shortlisted entry, drawing its team; a null seed means a fresh random one. */
    @Transactional
    public SiteVisit plan(Actor actor, Long campaignId, Long applicationId, LocalDate date, int teamSize, Long seed) {
        Campaign c = campaigns.get(actor, campaignId);
        if (c.getStage() != Stage.SITE_VISIT) {
            throw new BusinessException("visit.wrongStage", new Messages.Key("campaign.stage." + c.getStage()));
        }
        boolean shortlisted = em.createQuery("SELECT COUNT(s) FROM ShortlistEntry s WHERE s.campaignId = :c AND s.applicationId = :a", Long.class)
                .setParameter("c", c.getId()).setParameter("a", applicationId).getSingleResult() > 0;
        if (!shortlisted) {
            throw new NotFoundException("application " + applicationId + " on the shortlist of campaign " + campaignId);
        }
        if (visitOf(applicationId) != null) {
            throw new BusinessException("visit.exists");
        }
        if (date == null || date.isBefore(clock.today())) {
            throw BusinessException.onField("date", "visit.date.invalid");
        }
        if (teamSize < 1 || teamSize > 9) {
            throw BusinessException.onField("teamSize", "visit.teamSize.invalid");
        }
        String code = em.find(Enterprise.class, em.find(Application.class, applicationId).getEnterpriseId()).getCreditCode();
        List<Long> pool = experts.profiles(experts.activeExperts()).entrySet().stream()
                .filter(e -> e.getValue().isAvailable()).map(Map.Entry::getKey).toList();
        Set<Long> conflicted = pool.stream().filter(id -> experts.isConflicted(id, code)).collect(Collectors.toSet());
        long s = seed == null ? RANDOM.nextLong() : seed;
        ExpertDraw.Panel team;
        try {
            team = ExpertDraw.draw(s, applicationId, pool, teamSize, conflicted);
        } catch (ExpertDraw.PoolExhaustedException e) {
            throw new BusinessException("visit.poolTooSmall", e.messageArgs()[1], teamSize);
        }
        SiteVisit visit = new SiteVisit(c.getId(), applicationId, date, s, team.experts().get(0), actor.username(), clock.now());
        em.persist(visit);
        em.flush();
        for (int i = 0; i < team.experts().size(); i++) {
            em.persist(new SiteVisitMember(visit.getId(), team.experts().get(i), i + 1));
            UserAccount member = em.find(UserAccount.class, team.experts().get(i));
            notifications.notify(member.getId(), member.getLocale(), "visit.planned.subject", "visit.planned.body",
                    "/expert/site-visit?id=" + visit.getId(), c.getName(), date.toString());
        }
        audit.record(actor, Application.AUDIT_TYPE, applicationId, "site-visit-plan",
                "date " + date + ", seed " + s + ", team " + team.experts());
        return visit;
    }

    /** The visits of a campaign, for officials. */
    @Transactional
    public List<SiteVisit> ofCampaign(Actor actor, Long campaignId) {
        campaigns.get(actor, campaignId);
        return em.createQuery("SELECT v FROM SiteVisit v WHERE v.campaignId = :c ORDER BY v.visitDate, v.id", SiteVisit.class)
                .setParameter("c", campaignId).getResultList();
    }

    /** The visits whose team includes the expert, without any in conflict with the expert. */
    @Transactional
    public List<View> mine(Actor actor) {
        requireExpert(actor);
        return em.createQuery("SELECT v FROM SiteVisit v, SiteVisitMember m WHERE m.visitId = v.id AND m.userId = :u ORDER BY v.visitDate",
                        SiteVisit.class)
                .setParameter("u", actor.userId()).getResultList().stream()
                .filter(v -> !conflicted(actor, v))
                .map(this::view).toList();
    }

    /** One visit, for staff or a team member not in conflict with the enterprise. */
    @Transactional
    public View get(Actor actor, Long visitId) {
        if (!mayRead(actor, visitId)) {
            throw new NotFoundException("site visit " + visitId + " for " + actor.username());
        }
        return view(em.find(SiteVisit.class, visitId));
    }

    /** Whether the caller may read the visit (staff, or a team member not in conflict). */
    @Transactional
    public boolean mayRead(Actor actor, Long visitId) {
        SiteVisit v = visitId == null ? null : em.find(SiteVisit.class, visitId);
        return v != null && (actor.isStaff() || actor.is(Role.EXPERT) && isMember(v, actor.userId()) && !conflicted(actor, v));
    }

    /** The leader records the findings and a score per category; every category needs a score within its points. */
    @Transactional
    public SiteVisit report(Actor actor, Long visitId, String findings, Map<String, BigDecimal> scores) {
        View view = get(actor, visitId);
        SiteVisit v = view.visit();
        if (!actor.userId().equals(v.getLeaderUserId())) {
            throw new BusinessException("visit.leaderOnly");
        }
        if (em.find(Campaign.class, v.getCampaignId()).getStage() != Stage.SITE_VISIT) {
            throw new BusinessException("visit.wrongStage",
                    new Messages.Key("campaign.stage." + em.find(Campaign.class, v.getCampaignId()).getStage()));
        }
        String text = Texts.required(findings, MAX_FINDINGS, "findings", "visit.findings.required");
        for (RubricCategory category : view.rubric().categories()) {
            BigDecimal score = scores.get(category.code());
            if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(category.points())) > 0
                    || score.stripTrailingZeros().scale() > ScoreMath.SCALE) {
                throw BusinessException.onField("score", "visit.score.invalid", category.code(), category.points());
            }
        }
        em.createQuery("DELETE FROM SiteVisitScore s WHERE s.visitId = :v").setParameter("v", v.getId()).executeUpdate();
        view.rubric().categories().forEach(category -> em.persist(new SiteVisitScore(v.getId(), category.code(),
                scores.get(category.code()).setScale(ScoreMath.SCALE))));
        v.reported(text, clock.now());
        audit.record(actor, Application.AUDIT_TYPE, v.getApplicationId(), "site-visit-report", "");
        return v;
    }

    private View view(SiteVisit v) {
        Application a = em.find(Application.class, v.getApplicationId());
        List<UserAccount> team = em.createQuery("SELECT u FROM UserAccount u, SiteVisitMember m WHERE m.userId = u.id AND m.visitId = :v"
                        + " ORDER BY m.seat", UserAccount.class)
                .setParameter("v", v.getId()).getResultList();
        Map<String, BigDecimal> scores = em.createQuery("SELECT s FROM SiteVisitScore s WHERE s.visitId = :v", SiteVisitScore.class)
                .setParameter("v", v.getId()).getResultList().stream()
                .collect(Collectors.toMap(SiteVisitScore::getCategoryCode, SiteVisitScore::getScore));
        RubricDefinition rubric = em.find(Campaign.class, v.getCampaignId()).getRubric().definition();
        return new View(v, a, em.find(Enterprise.class, a.getEnterpriseId()).getName(), team, scores, rubric);
    }

    private SiteVisit visitOf(Long applicationId) {
        return em.createQuery("SELECT v FROM SiteVisit v WHERE v.applicationId = :a", SiteVisit.class)
                .setParameter("a", applicationId).getResultStream().findFirst().orElse(null);
    }

    private boolean isMember(SiteVisit v, Long userId) {
        return em.createQuery("SELECT COUNT(m) FROM SiteVisitMember m WHERE m.visitId = :v AND m.userId = :u", Long.class)
                .setParameter("v", v.getId()).setParameter("u", userId).getSingleResult() > 0;
    }

    private boolean conflicted(Actor actor, SiteVisit v) {
        Application a = em.find(Application.class, v.getApplicationId());
        return experts.isConflicted(actor.userId(), em.find(Enterprise.class, a.getEnterpriseId()).getCreditCode());
    }

    private static void requireExpert(Actor actor) {
        if (!actor.is(Role.EXPERT)) {
            throw new AccessDeniedException(actor.username() + " asking for site visits");
        }
    }
}
