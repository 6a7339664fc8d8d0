package cn.tianjin.quality.award;

import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.platform.db.Like;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.credit.DishonestyEntry;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.AccountStatus;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.review.RubricCategory;
import cn.tianjin.quality.review.RubricDefinition;
import cn.tianjin.quality.review.ScoreMath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Award applications from the applicant's and the recommender's side: an enterprise applies once per campaign, saves
 * drafts, submits (refused while it is on the dishonesty list, with the entry cited) and may withdraw until it is
 * recommended; the recommender it named recommends with an opinion and a stamped letter, or returns the application
 * with reasons, after which the applicant may fix and resubmit until the recommendation deadline. Each side reaches
 * only its own applications; every change is audited and the other side is told.
 */
@ApplicationScoped
public class ApplicationService {
    @Inject
    PortalClock clock;

    public static final int MAX_MODEL_NAME = 200;
    public static final int MAX_DESCRIPTION = 8000;
    public static final int MAX_REASON = 2000;
    public static final int MAX_OPINION = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CampaignService campaigns;

    @Inject
    CreditService credit;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    /** What the applicant typed; narratives by category code (HTML), self-scores by item code (percent or null). */
    public record Form(String modelName, String modelDescription, Long recommenderUserId, boolean honestyDeclared,
                       Map<String, String> narratives, Map<String, Integer> selfScores) {
    }

    /** An application with everything its pages show. */
    public record View(AwardApplication application, AwardCampaign campaign, Enterprise enterprise, RubricDefinition rubric,
                       Map<String, String> narratives, Map<String, Integer> selfScores, UserAccount recommender) implements Serializable {
    }

    /** Starts (or reopens) the enterprise's application to a campaign that takes applications today. */
    @Transactional
    public AwardApplication start(Actor actor, Long campaignId) {
        Enterprise enterprise = ownEnterprise(actor);
        AwardCampaign campaign = campaigns.find(campaignId);
        Optional<AwardApplication> existing = em.createQuery(
                        "SELECT a FROM AwardApplication a WHERE a.campaignId = :c AND a.enterpriseId = :e", AwardApplication.class)
                .setParameter("c", campaign.getId()).setParameter("e", enterprise.getId()).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!campaign.takesApplicationsOn(clock.today())) {
            throw new BusinessException("award.closed", campaign.getName());
        }
        Long districtOffice = recommenders().stream()
                .filter(r -> Objects.equals(r.getDistrictCode(), enterprise.getDistrictCode()))
                .map(UserAccount::getId).findFirst().orElse(null);
        AwardApplication a = new AwardApplication(campaign.getId(), enterprise.getId(), districtOffice, actor.username(), clock.now());
        em.persist(a);
        em.flush();
        audit.record(actor, "award-application", a.getId(), "start", campaign.getName());
        return a;
    }

    /** The application, for its own applicant, the recommender it names, or staff; anyone else finds nothing. */
    @Transactional
    public View view(Actor actor, Long id) {
        return build(visible(actor, id));
    }

    /** The application of a site visit whose reader {@link SiteVisitService#get} has already let in. */
    @Transactional
    View viewForVisit(SiteVisitService.View visit) {
        return build(em.find(AwardApplication.class, visit.application().getId()));
    }

    private View build(AwardApplication a) {
        AwardCampaign campaign = em.find(AwardCampaign.class, a.getCampaignId());
        Map<String, String> narratives = new LinkedHashMap<>();
        narratives(a.getId()).forEach(n -> narratives.put(n.getCategoryCode(), n.getBody()));
        Map<String, Integer> scores = new LinkedHashMap<>();
        selfScores(a.getId()).forEach(s -> scores.put(s.getItemCode(), s.getPercent()));
        UserAccount recommender = a.getRecommenderUserId() == null ? null : em.find(UserAccount.class, a.getRecommenderUserId());
        return new View(a, campaign, em.find(Enterprise.class, a.getEnterpriseId()), campaign.getRubric().definition(),
                narratives, scores, recommender);
    }

    /** Saves a draft. Nothing is stored if any value is refused. */
    @Transactional
    public AwardApplication save(Actor actor, Long id, int expectedVersion, Form form) {
        AwardApplication a = own(actor, id);
        AwardCampaign campaign = em.find(AwardCampaign.class, a.getCampaignId());
        requireEditable(a, campaign);
        Versions.expect(a.getVersion(), expectedVersion);
        RubricDefinition rubric = campaign.getRubric().definition();
        String name = Texts.optional(form.modelName(), MAX_MODEL_NAME, "modelName");
        String description = Texts.optional(form.modelDescription(), MAX_DESCRIPTION, "modelDescription");
        if (form.recommenderUserId() != null && recommender(form.recommenderUserId()).isEmpty()) {
            throw BusinessException.onField("recommender", "award.recommender.unknown");
        }
        Map<String, String> clean = new LinkedHashMap<>();
        form.narratives().forEach((code, html) -> {
            if (rubric.findCategory(code).isEmpty()) {
                throw new NotFoundException("category " + code);
            }
            String safe = Narratives.sanitise(html);
            if (safe != null && safe.length() > Narratives.MAX_LENGTH) {
                throw BusinessException.onField("narrative", "award.narrative.tooLong", code, Narratives.MAX_LENGTH);
            }
            clean.put(code, safe);
        });
        form.selfScores().forEach((code, percent) -> {
            if (rubric.findItem(code).isEmpty()) {
                throw new NotFoundException("item " + code);
            }
            if (percent != null) {
                ScoreMath.percentProblem(percent).ifPresent(key -> {
                    throw BusinessException.onField("selfScore", key.replace("score.percent", "score.item.percent"), code);
                });
            }
        });
        a.edit(name, description, form.recommenderUserId(), form.honestyDeclared(), clock.now());
        Map<String, AwardNarrative> narratives = new LinkedHashMap<>();
        narratives(a.getId()).forEach(n -> narratives.put(n.getCategoryCode(), n));
        clean.forEach((code, html) -> narratives.computeIfAbsent(code, c -> persist(new AwardNarrative(a.getId(), c))).body(html));
        Map<String, AwardSelfScore> scores = new LinkedHashMap<>();
        selfScores(a.getId()).forEach(s -> scores.put(s.getItemCode(), s));
        form.selfScores().forEach((code, percent) -> scores.computeIfAbsent(code, c -> persist(new AwardSelfScore(a.getId(), c))).percent(percent));
        Versions.flush(em);
        audit.record(actor, "award-application", a.getId(), "save-draft", "");
        return a;
    }

    /**
     * Submits the application: complete, declared honest, within the campaign's dates, and not while the enterprise is
     * on the dishonesty list. The recommender is told.
     */
    @Transactional
    public AwardApplication submit(Actor actor, Long id) {
        AwardApplication a = own(actor, id);
        AwardCampaign campaign = em.find(AwardCampaign.class, a.getCampaignId());
        requireEditable(a, campaign);
        if (a.getModelName() == null || a.getModelDescription() == null) {
            throw BusinessException.onField("modelName", "award.submit.model");
        }
        Map<String, String> narratives = new LinkedHashMap<>();
        narratives(a.getId()).forEach(n -> narratives.put(n.getCategoryCode(), n.getBody()));
        for (RubricCategory category : campaign.getRubric().definition().categories()) {
            if (narratives.get(category.code()) == null) {
                throw BusinessException.onField("narrative", "award.submit.narrative", category.code() + " " + category.nameZh());
            }
        }
        if (a.getRecommenderUserId() == null) {
            throw BusinessException.onField("recommender", "award.submit.recommender");
        }
        if (!a.isHonestyDeclared()) {
            throw BusinessException.onField("honesty", "award.submit.honesty");
        }
        Enterprise enterprise = em.find(Enterprise.class, a.getEnterpriseId());
        CreditService.Veto veto = credit.veto(enterprise.getCreditCode(), clock.today());
        if (veto.vetoed()) {
            DishonestyEntry entry = veto.entries().get(0);
            throw new BusinessException("award.vetoed", entry.getReason(), String.valueOf(entry.getSourceDocument()),
                    entry.getListedOn().toString());
        }
        a.move(ApplicationStatus.SUBMITTED, clock.now());
        UserAccount recommender = em.find(UserAccount.class, a.getRecommenderUserId());
        notifications.notify(recommender.getId(), recommender.getLocale(), "award.submitted.subject", "award.submitted.body",
                "/recommender/application?id=" + a.getId(), enterprise.getName(), campaign.getName());
        audit.record(actor, "award-application", a.getId(), "submit", "recommender " + recommender.getUsername());
        return a;
    }

    /** The applicant takes the application back; possible until it is recommended. */
    @Transactional
    public AwardApplication withdraw(Actor actor, Long id, String reason) {
        AwardApplication a = own(actor, id);
        if (!a.getStatus().canMoveTo(ApplicationStatus.WITHDRAWN)) {
            throw new BusinessException("award.withdraw.tooLate");
        }
        a.move(ApplicationStatus.WITHDRAWN, clock.now());
        audit.record(actor, "award-application", a.getId(), "withdraw", reason == null ? "" : reason.strip());
        return a;
    }

    /** The named recommender recommends, with an opinion and the stamped letter already attached. */
    @Transactional
    public AwardApplication recommend(Actor actor, Long id, String opinion) {
        AwardApplication a = named(actor, id);
        AwardCampaign campaign = em.find(AwardCampaign.class, a.getCampaignId());
        requireRecommendationWindow(a, campaign);
        String text = Texts.required(opinion, MAX_OPINION, "opinion", "award.recommend.opinion");
        long letters = em.createQuery("SELECT COUNT(f) FROM Attachment f WHERE f.ownerType = :t AND f.ownerId = :o", Long.class)
                .setParameter("t", RecommendationLetters.OWNER_TYPE).setParameter("o", a.getId()).getSingleResult();
        if (letters == 0) {
            throw BusinessException.onField("letter", "award.recommend.letter");
        }
        a.recommended(text, clock.now());
        a.move(ApplicationStatus.RECOMMENDED, clock.now());
        tellApplicant(a, "award.recommended.subject", "award.recommended.body", campaign.getName());
        audit.record(actor, "award-application", a.getId(), "recommend", "");
        return a;
    }

    /** The named recommender returns the application with reasons; the applicant may fix it before the deadline. */
    @Transactional
    public AwardApplication returnToApplicant(Actor actor, Long id, String reasons) {
        AwardApplication a = named(actor, id);
        AwardCampaign campaign = em.find(AwardCampaign.class, a.getCampaignId());
        requireRecommendationWindow(a, campaign);
        String text = Texts.required(reasons, MAX_REASON, "reasons", "award.return.reasons");
        a.move(ApplicationStatus.RETURNED, clock.now());
        a.returned(text);
        tellApplicant(a, "award.returned.subject", "award.returned.body", campaign.getName(), text,
                campaign.getRecommendationDeadline().toString());
        audit.record(actor, "award-application", a.getId(), "return", text);
        return a;
    }

    /** The applicant's own applications, newest first. */
    @Transactional
    public List<AwardApplication> mine(Actor actor) {
        Enterprise enterprise = ownEnterprise(actor);
        return em.createQuery("SELECT a FROM AwardApplication a WHERE a.enterpriseId = :e ORDER BY a.id DESC", AwardApplication.class)
                .setParameter("e", enterprise.getId()).getResultList();
    }

    /** The applications that named this recommender and have been submitted at least once. */
    @Transactional
    public List<AwardApplication> namingMe(Actor actor) {
        if (!actor.is(Role.RECOMMENDER)) {
            throw new AccessDeniedException(actor.username() + " listing recommendations");
        }
        return em.createQuery("SELECT a FROM AwardApplication a WHERE a.recommenderUserId = :r AND a.status <> :d ORDER BY a.id DESC",
                        AwardApplication.class)
                .setParameter("r", actor.userId()).setParameter("d", ApplicationStatus.DRAFT).getResultList();
    }

    /** Every application of a campaign, for officials. */
    @Transactional
    public List<AwardApplication> ofCampaign(Actor actor, Long campaignId) {
        campaigns.get(actor, campaignId);
        return em.createQuery("SELECT a FROM AwardApplication a WHERE a.campaignId = :c ORDER BY a.id", AwardApplication.class)
                .setParameter("c", campaignId).getResultList();
    }

    /** One row of a campaign's applications as officials list them: what the table shows and nothing more. */
    public static final class CampaignRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String enterpriseName;
        private final String modelName;
        private final ApplicationStatus status;
        private final LocalDateTime submittedAt;

        public CampaignRow(long id, String enterpriseName, String modelName, ApplicationStatus status, LocalDateTime submittedAt) {
            this.id = id;
            this.enterpriseName = enterpriseName;
            this.modelName = modelName;
            this.status = status;
            this.submittedAt = submittedAt;
        }

        public long getId() { return id; }
        public String getEnterpriseName() { return enterpriseName; }
        public String getModelName() { return modelName; }
        public ApplicationStatus getStatus() { return status; }
        public LocalDateTime getSubmittedAt() { return submittedAt; }
    }

    /** How many applications of the campaign match the filter (number, enterprise or model name; null for all). */
    @Transactional
    public long countOfCampaign(Actor actor, Long campaignId, String filter) {
        campaigns.get(actor, campaignId);
        return ofCampaignQuery(campaignId, filter, "SELECT COUNT(a)", "", Long.class).getSingleResult();
    }

    /** One page of a campaign's applications with their enterprises' names, in one query, for officials. */
    @Transactional
    public List<CampaignRow> pageOfCampaign(Actor actor, Long campaignId, String filter, int first, int max, String sortField,
                                            boolean ascending) {
        campaigns.get(actor, campaignId);
        String order = switch (sortField == null ? "" : sortField) {
            case "enterpriseName" -> "e.name";
            case "modelName" -> "a.modelName";
            case "status" -> "a.status";
            case "submittedAt" -> "a.submittedAt";
            default -> "a.id";
        };
        return ofCampaignQuery(campaignId, filter, "SELECT a.id, e.name, a.modelName, a.status, a.submittedAt",
                " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", a.id", Object[].class)
                .setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(r -> new CampaignRow((Long) r[0], (String) r[1], (String) r[2], (ApplicationStatus) r[3], (LocalDateTime) r[4]))
                .toList();
    }

    private <T> jakarta.persistence.TypedQuery<T> ofCampaignQuery(Long campaignId, String filter, String select, String order,
                                                                  Class<T> type) {
        String text = filter == null || filter.isBlank() ? null : filter.strip();
        Long number = text != null && text.length() <= 18 && text.chars().allMatch(Character::isDigit) ? Long.valueOf(text) : null;
        String where = " FROM AwardApplication a, Enterprise e WHERE e.id = a.enterpriseId AND a.campaignId = :c"
                + (text == null ? "" : " AND (e.name LIKE :like OR a.modelName LIKE :like" + (number == null ? "" : " OR a.id = :id") + ")");
        var q = em.createQuery(select + where + order, type).setParameter("c", campaignId);
        if (text != null) {
            q.setParameter("like", Like.contains(text));
            if (number != null) {
                q.setParameter("id", number);
            }
        }
        return q;
    }

    /** The recommenders an applicant may name: district offices and industry bodies with active accounts. */
    @Transactional
    public List<UserAccount> recommenders() {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.role = :r AND u.status = :s ORDER BY u.districtCode, u.id",
                        UserAccount.class)
                .setParameter("r", Role.RECOMMENDER).setParameter("s", AccountStatus.ACTIVE).getResultList();
    }

    void tellApplicant(AwardApplication a, String subjectKey, String bodyKey, Object... args) {
        for (UserAccount user : em.createQuery("SELECT u FROM UserAccount u WHERE u.enterpriseId = :e", UserAccount.class)
                .setParameter("e", a.getEnterpriseId()).getResultList()) {
            notifications.notify(user.getId(), user.getLocale(), subjectKey, bodyKey, "/enterprise/application?id=" + a.getId(), args);
            if (user.getEmail() != null) {
                notifications.mail(user.getEmail(), user.getLocale(), subjectKey, bodyKey, args);
            }
        }
    }

    /** An application the caller may see; otherwise not found, whether it exists or not. */
    AwardApplication visible(Actor actor, Long id) {
        AwardApplication a = id == null ? null : em.find(AwardApplication.class, id);
        boolean may = a != null && (actor.isStaff()
                || actor.is(Role.APPLICANT) && actor.belongsTo(a.getEnterpriseId())
                || actor.is(Role.RECOMMENDER) && actor.userId().equals(a.getRecommenderUserId()) && a.getStatus() != ApplicationStatus.DRAFT);
        if (!may) {
            throw new NotFoundException("award application " + id + " for " + actor.username());
        }
        return a;
    }

    private AwardApplication own(Actor actor, Long id) {
        AwardApplication a = visible(actor, id);
        if (!actor.is(Role.APPLICANT)) {
            throw new AccessDeniedException(actor.username() + " editing application " + id);
        }
        return a;
    }

    private AwardApplication named(Actor actor, Long id) {
        AwardApplication a = visible(actor, id);
        if (!actor.is(Role.RECOMMENDER)) {
            throw new AccessDeniedException(actor.username() + " recommending application " + id);
        }
        return a;
    }

    private Enterprise ownEnterprise(Actor actor) {
        if (!actor.is(Role.APPLICANT) || actor.enterpriseId() == null) {
            throw new AccessDeniedException(actor.username() + " applying without an enterprise");
        }
        return em.find(Enterprise.class, actor.enterpriseId());
    }

    /** A draft while the campaign takes applications; a returned application until the recommendation deadline. */
    private void requireEditable(AwardApplication a, AwardCampaign campaign) {
        if (!a.getStatus().isEditable()) {
            throw new BusinessException("award.locked");
        }
        LocalDate today = clock.today();
        boolean open = a.getStatus() == ApplicationStatus.DRAFT
                ? campaign.takesApplicationsOn(today)
                : !today.isAfter(campaign.getRecommendationDeadline())
                        && (campaign.getStage() == CampaignStage.OPEN || campaign.getStage() == CampaignStage.RECOMMENDATION);
        if (!open) {
            throw new BusinessException("award.closed", campaign.getName());
        }
    }

    private void requireRecommendationWindow(AwardApplication a, AwardCampaign campaign) {
        if (a.getStatus() != ApplicationStatus.SUBMITTED) {
            throw new BusinessException("award.recommend.notSubmitted");
        }
        if (clock.today().isAfter(campaign.getRecommendationDeadline())) {
            throw new BusinessException("award.recommend.late", campaign.getRecommendationDeadline().toString());
        }
    }

    private Optional<UserAccount> recommender(Long userId) {
        return recommenders().stream().filter(u -> u.getId().equals(userId)).findFirst();
    }

    private List<AwardNarrative> narratives(Long applicationId) {
        return em.createQuery("SELECT n FROM AwardNarrative n WHERE n.applicationId = :a ORDER BY n.id", AwardNarrative.class)
                .setParameter("a", applicationId).getResultList();
    }

    private List<AwardSelfScore> selfScores(Long applicationId) {
        return em.createQuery("SELECT s FROM AwardSelfScore s WHERE s.applicationId = :a ORDER BY s.id", AwardSelfScore.class)
                .setParameter("a", applicationId).getResultList();
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
