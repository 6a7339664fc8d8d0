package cn.tianjin.quality.programme;

import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.credit.DishonestyEntry;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.db.Like;
import cn.tianjin.quality.platform.security.AccountStatus;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.review.RubricCategory;
import cn.tianjin.quality.review.RubricDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
 * Applications of every programme from the applicant's and the recommender's side: an enterprise applies to a campaign
 * (once, unless its programme takes several), saves drafts, submits (refused while it is on the dishonesty list, with
 * the entry cited) and may withdraw until it is recommended; the recommender it named recommends with an opinion and a
 * stamped letter, or returns the application with reasons, after which the applicant may fix and resubmit until the
 * recommendation deadline. Each side reaches only its own applications; every change is audited and announced as an
 * event ({@link ApplicationEvents}), whose observers tell the other side.
 */
@ApplicationScoped
public class ApplicationService {
    public static final int MAX_SUBJECT_NAME = 200;
    public static final int MAX_DESCRIPTION = 8000;
    public static final int MAX_REASON = 2000;
    public static final int MAX_OPINION = 4000;

    @Inject
    ApplicantBars bars;

    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CampaignService campaigns;

    @Inject
    Programmes programmes;

    @Inject
    CreditService credit;

    @Inject
    AuditLog audit;

    @Inject
    @Any
    Instance<ApplicationAccess> others;

    @Inject
    Event<ApplicationEvents.Submitted> submitted;

    @Inject
    Event<ApplicationEvents.Recommended> recommended;

    @Inject
    Event<ApplicationEvents.Returned> returned;

    /** What the applicant typed: the subject, the recommender, the declaration, and the sections by code (HTML). */
    public record Form(String subjectName, String subjectDescription, Long recommenderUserId, boolean honestyDeclared,
                       Map<String, String> sections) {
    }

    /** An application with everything its pages show. */
    public record View(Application application, Campaign campaign, Enterprise enterprise, RubricDefinition rubric,
                       Map<String, String> sections, UserAccount recommender) implements Serializable {
    }

    /**
     * Starts the enterprise's application to a campaign that takes applications today, or reopens the one it has when
     * its programme takes one per applicant.
     */
    @Transactional
    public Application start(Actor actor, Long campaignId) {
        Enterprise enterprise = ownEnterprise(actor);
        Campaign campaign = campaigns.find(campaignId);
        Programme programme = programmes.get(campaign.getProgramme());
        // Two clicks at once must not make two drafts: the enterprise's row is the lock.
        em.find(Enterprise.class, enterprise.getId(), LockModeType.PESSIMISTIC_WRITE);
        Optional<Application> existing = em.createQuery(
                        "SELECT a FROM Application a WHERE a.campaignId = :c AND a.enterpriseId = :e ORDER BY a.id", Application.class)
                .setParameter("c", campaign.getId()).setParameter("e", enterprise.getId()).getResultStream().findFirst();
        if (existing.isPresent() && !programme.severalPerApplicant()) {
            return existing.get();
        }
        if (!campaign.takesApplicationsOn(clock.today())) {
            throw new BusinessException("application.closed", campaign.getName());
        }
        bars.requireNotBarred(enterprise.getId(), programme.code(), clock.today());
        Long districtOffice = recommenders().stream()
                .filter(r -> Objects.equals(r.getDistrictCode(), enterprise.getDistrictCode()))
                .map(UserAccount::getId).findFirst().orElse(null);
        Application a = new Application(campaign.getId(), enterprise.getId(), districtOffice, actor.username(), clock.now());
        em.persist(a);
        em.flush();
        audit.record(actor, Application.AUDIT_TYPE, a.getId(), "start", campaign.getName());
        return a;
    }

    /** The application, for its own applicant, the recommender it names, staff and the readers programmes admit. */
    @Transactional
    public View view(Actor actor, Long id) {
        Application a = visible(actor, id);
        Campaign campaign = em.find(Campaign.class, a.getCampaignId());
        Map<String, String> sections = new LinkedHashMap<>();
        sections(a.getId()).forEach(n -> sections.put(n.getSectionCode(), n.getBody()));
        UserAccount recommender = a.getRecommenderUserId() == null ? null : em.find(UserAccount.class, a.getRecommenderUserId());
        return new View(a, campaign, em.find(Enterprise.class, a.getEnterpriseId()), campaign.getRubric().definition(),
                sections, recommender);
    }

    /** Saves a draft. Nothing is stored if any value is refused. */
    @Transactional
    public Application save(Actor actor, Long id, int expectedVersion, Form form) {
        Application a = own(actor, id);
        Campaign campaign = em.find(Campaign.class, a.getCampaignId());
        requireEditable(a, campaign);
        Versions.expect(a.getVersion(), expectedVersion);
        RubricDefinition rubric = campaign.getRubric().definition();
        String name = Texts.optional(form.subjectName(), MAX_SUBJECT_NAME, "modelName");
        String description = Texts.optional(form.subjectDescription(), MAX_DESCRIPTION, "modelDescription");
        if (form.recommenderUserId() != null && recommender(form.recommenderUserId()).isEmpty()) {
            throw BusinessException.onField("recommender", "application.recommender.unknown");
        }
        Map<String, String> clean = new LinkedHashMap<>();
        form.sections().forEach((code, html) -> {
            if (rubric.findCategory(code).isEmpty()) {
                throw new NotFoundException("section " + code);
            }
            String safe = Narratives.sanitise(html);
            if (safe != null && safe.length() > Narratives.MAX_LENGTH) {
                throw BusinessException.onField("narrative", "application.narrative.tooLong", code, Narratives.MAX_LENGTH);
            }
            clean.put(code, safe);
        });
        a.edit(name, description, form.recommenderUserId(), form.honestyDeclared(), clock.now());
        Map<String, ApplicationSection> stored = new LinkedHashMap<>();
        sections(a.getId()).forEach(n -> stored.put(n.getSectionCode(), n));
        clean.forEach((code, html) -> stored.computeIfAbsent(code, c -> persist(new ApplicationSection(a.getId(), c))).body(html));
        Versions.flush(em);
        audit.record(actor, Application.AUDIT_TYPE, a.getId(), "save-draft", "");
        return a;
    }

    /**
     * Submits the application: complete, declared honest, within the campaign's dates, and not while the enterprise is
     * on the dishonesty list. Its recommender, where the programme has recommendation, is told.
     */
    @Transactional
    public Application submit(Actor actor, Long id) {
        Application a = own(actor, id);
        Campaign campaign = em.find(Campaign.class, a.getCampaignId());
        boolean recommendation = programmes.get(campaign.getProgramme()).stages().contains(Stage.RECOMMENDATION);
        requireEditable(a, campaign);
        bars.requireNotBarred(a.getEnterpriseId(), campaign.getProgramme(), clock.today());
        if (a.getSubjectName() == null || a.getSubjectDescription() == null) {
            throw BusinessException.onField("modelName", "application.submit.model");
        }
        Map<String, String> sections = new LinkedHashMap<>();
        sections(a.getId()).forEach(n -> sections.put(n.getSectionCode(), n.getBody()));
        for (RubricCategory category : campaign.getRubric().definition().categories()) {
            if (sections.get(category.code()) == null) {
                throw BusinessException.onField("narrative", "application.submit.narrative", category.code() + " " + category.nameZh());
            }
        }
        programmes.get(campaign.getProgramme()).beforeSubmit(a);
        if (recommendation && a.getRecommenderUserId() == null) {
            throw BusinessException.onField("recommender", "application.submit.recommender");
        }
        if (!a.isHonestyDeclared()) {
            throw BusinessException.onField("honesty", "application.submit.honesty");
        }
        Enterprise enterprise = em.find(Enterprise.class, a.getEnterpriseId());
        requireNotVetoed(enterprise);
        a.move(ApplicationStatus.SUBMITTED, clock.now());
        Long recommender = recommendation ? a.getRecommenderUserId() : null;
        audit.record(actor, Application.AUDIT_TYPE, a.getId(), "submit", recommender == null ? ""
                : "recommender " + em.find(UserAccount.class, recommender).getUsername());
        submitted.fire(new ApplicationEvents.Submitted(about(a, campaign, enterprise), recommender));
        return a;
    }

    /** The applicant takes the application back; possible until it is recommended. */
    @Transactional
    public Application withdraw(Actor actor, Long id, String reason) {
        Application a = own(actor, id);
        if (!a.getStatus().canMoveTo(ApplicationStatus.WITHDRAWN)) {
            throw new BusinessException("application.withdraw.tooLate");
        }
        a.move(ApplicationStatus.WITHDRAWN, clock.now());
        audit.record(actor, Application.AUDIT_TYPE, a.getId(), "withdraw", reason == null ? "" : reason.strip());
        return a;
    }

    /** The named recommender recommends, with an opinion and the stamped letter already attached. */
    @Transactional
    public Application recommend(Actor actor, Long id, String opinion) {
        Application a = named(actor, id);
        Campaign campaign = em.find(Campaign.class, a.getCampaignId());
        requireRecommendationWindow(a, campaign);
        String text = Texts.required(opinion, MAX_OPINION, "opinion", "application.recommend.opinion");
        long letters = em.createQuery("SELECT COUNT(f) FROM Attachment f WHERE f.ownerType = :t AND f.ownerId = :o", Long.class)
                .setParameter("t", RecommendationLetters.OWNER_TYPE).setParameter("o", a.getId()).getSingleResult();
        if (letters == 0) {
            throw BusinessException.onField("letter", "application.recommend.letter");
        }
        a.recommended(text, clock.now());
        a.move(ApplicationStatus.RECOMMENDED, clock.now());
        audit.record(actor, Application.AUDIT_TYPE, a.getId(), "recommend", "");
        recommended.fire(new ApplicationEvents.Recommended(about(a, campaign)));
        return a;
    }

    /** The named recommender returns the application with reasons; the applicant may fix it before the deadline. */
    @Transactional
    public Application returnToApplicant(Actor actor, Long id, String reasons) {
        Application a = named(actor, id);
        Campaign campaign = em.find(Campaign.class, a.getCampaignId());
        requireRecommendationWindow(a, campaign);
        String text = Texts.required(reasons, MAX_REASON, "reasons", "application.return.reasons");
        a.move(ApplicationStatus.RETURNED, clock.now());
        a.returned(text);
        audit.record(actor, Application.AUDIT_TYPE, a.getId(), "return", text);
        returned.fire(new ApplicationEvents.Returned(about(a, campaign), text, campaign.getRecommendationDeadline()));
        return a;
    }

    /** The applicant's own applications, newest first. */
    @Transactional
    public List<Application> mine(Actor actor) {
        Enterprise enterprise = ownEnterprise(actor);
        return em.createQuery("SELECT a FROM Application a WHERE a.enterpriseId = :e ORDER BY a.id DESC", Application.class)
                .setParameter("e", enterprise.getId()).getResultList();
    }

    /** The applications that named this recommender and have been submitted at least once. */
    @Transactional
    public List<Application> namingMe(Actor actor) {
        return namingMeNamed(actor).stream().map(WithNames::application).toList();
    }

    /** An application with the names its list shows: the enterprise's and the campaign's. */
    public record WithNames(Application application, String enterpriseName, String campaignName) {
    }

    /** The applications naming the recommender, newest first, with the enterprise's and campaign's names in one query. */
    @Transactional
    public List<WithNames> namingMeNamed(Actor actor) {
        return namingMeNamed(actor, Integer.MAX_VALUE);
    }

    /** The newest {@code max} of them: what the recommender's desk shows before "all applications". */
    @Transactional
    public List<WithNames> namingMeNamed(Actor actor, int max) {
        if (!actor.is(Role.RECOMMENDER)) {
            throw new AccessDeniedException(actor.username() + " listing recommendations");
        }
        return em.createQuery("SELECT a, e.name, c.name FROM Application a, Enterprise e, Campaign c WHERE e.id = a.enterpriseId"
                        + " AND c.id = a.campaignId AND a.recommenderUserId = :r AND a.status <> :d ORDER BY a.id DESC", Object[].class)
                .setParameter("r", actor.userId()).setParameter("d", ApplicationStatus.DRAFT).setMaxResults(max).getResultList()
                .stream().map(r -> new WithNames((Application) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** Every application of a campaign in the order they were submitted, for officials. */
    @Transactional
    public List<Application> ofCampaign(Actor actor, Long campaignId) {
        campaigns.get(actor, campaignId);
        return em.createQuery("SELECT a FROM Application a WHERE a.campaignId = :c ORDER BY a.submittedAt, a.id", Application.class)
                .setParameter("c", campaignId).getResultList();
    }

    /** One row of a campaign's applications as officials list them: what the table shows and nothing more. */
    public static final class CampaignRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String enterpriseName;
        private final String subjectName;
        private final ApplicationStatus status;
        private final LocalDateTime submittedAt;

        public CampaignRow(long id, String enterpriseName, String subjectName, ApplicationStatus status, LocalDateTime submittedAt) {
            this.id = id;
            this.enterpriseName = enterpriseName;
            this.subjectName = subjectName;
            this.status = status;
            this.submittedAt = submittedAt;
        }

        public long getId() { return id; }
        public String getEnterpriseName() { return enterpriseName; }
        public String getSubjectName() { return subjectName; }
        public ApplicationStatus getStatus() { return status; }
        public LocalDateTime getSubmittedAt() { return submittedAt; }
    }

    /** How many applications of the campaign match the filter (number, enterprise or subject name; null for all). */
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
            case "subjectName" -> "a.subjectName";
            case "status" -> "a.status";
            case "submittedAt" -> "a.submittedAt";
            default -> "a.id";
        };
        return ofCampaignQuery(campaignId, filter, "SELECT a.id, e.name, a.subjectName, a.status, a.submittedAt",
                " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", a.id", Object[].class)
                .setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(r -> new CampaignRow((Long) r[0], (String) r[1], (String) r[2], (ApplicationStatus) r[3], (LocalDateTime) r[4]))
                .toList();
    }

    private <T> TypedQuery<T> ofCampaignQuery(Long campaignId, String filter, String select, String order, Class<T> type) {
        String text = filter == null || filter.isBlank() ? null : filter.strip();
        Long number = text != null && text.length() <= 18 && text.chars().allMatch(Character::isDigit) ? Long.valueOf(text) : null;
        String where = " FROM Application a, Enterprise e WHERE e.id = a.enterpriseId AND a.campaignId = :c"
                + (text == null ? "" : " AND (e.name LIKE :like OR a.subjectName LIKE :like" + (number == null ? "" : " OR a.id = :id") + ")");
        TypedQuery<T> q = em.createQuery(select + where + order, type).setParameter("c", campaignId);
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

    /** Refuses while the enterprise is on the dishonesty list, citing the entry (the one-vote veto). */
    void requireNotVetoed(Enterprise enterprise) {
        CreditService.Veto veto = credit.veto(enterprise.getCreditCode(), clock.today());
        if (veto.vetoed()) {
            DishonestyEntry entry = veto.entries().get(0);
            throw new BusinessException("application.vetoed", entry.getReason(), String.valueOf(entry.getSourceDocument()),
                    entry.getListedOn().toString());
        }
    }

    /** What the events of an application say about it. */
    ApplicationEvents.About about(Application a, Campaign c) {
        return about(a, c, em.find(Enterprise.class, a.getEnterpriseId()));
    }

    private static ApplicationEvents.About about(Application a, Campaign c, Enterprise e) {
        return new ApplicationEvents.About(a.getId(), c.getProgramme(), e.getId(), e.getName(), c.getId(), c.getName());
    }

    /** An application the caller may see; otherwise not found, whether it exists or not. */
    Application visible(Actor actor, Long id) {
        Application a = id == null ? null : em.find(Application.class, id);
        boolean submittedOnce = a != null && a.getStatus() != ApplicationStatus.DRAFT;
        boolean may = a != null && (actor.isStaff()
                || actor.is(Role.APPLICANT) && actor.belongsTo(a.getEnterpriseId())
                || actor.is(Role.RECOMMENDER) && actor.userId().equals(a.getRecommenderUserId()) && submittedOnce
                || submittedOnce && others.stream().anyMatch(o -> o.mayRead(actor, a)));
        if (!may) {
            throw new NotFoundException("application " + id + " for " + actor.username());
        }
        return a;
    }

    /**
     * The application its own applicant is editing now (a draft, or returned, within the campaign's dates), for a
     * programme's own part of the form; refused otherwise, with the reason.
     */
    @Transactional
    public Application editing(Actor actor, Long id) {
        Application a = own(actor, id);
        requireEditable(a, em.find(Campaign.class, a.getCampaignId()));
        return a;
    }

    private Application own(Actor actor, Long id) {
        Application a = visible(actor, id);
        if (!actor.is(Role.APPLICANT)) {
            throw new AccessDeniedException(actor.username() + " editing application " + id);
        }
        return a;
    }

    private Application named(Actor actor, Long id) {
        Application a = visible(actor, id);
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
    private void requireEditable(Application a, Campaign campaign) {
        if (!a.getStatus().isEditable()) {
            throw new BusinessException("application.locked");
        }
        LocalDate today = clock.today();
        boolean open = a.getStatus() == ApplicationStatus.DRAFT
                ? campaign.takesApplicationsOn(today)
                : !today.isAfter(campaign.getRecommendationDeadline())
                        && (campaign.getStage() == Stage.OPEN || campaign.getStage() == Stage.RECOMMENDATION);
        if (!open) {
            throw new BusinessException("application.closed", campaign.getName());
        }
    }

    private void requireRecommendationWindow(Application a, Campaign campaign) {
        if (a.getStatus() != ApplicationStatus.SUBMITTED) {
            throw new BusinessException("application.recommend.notSubmitted");
        }
        if (clock.today().isAfter(campaign.getRecommendationDeadline())) {
            throw new BusinessException("application.recommend.late", campaign.getRecommendationDeadline().toString());
        }
    }

    private Optional<UserAccount> recommender(Long userId) {
        return recommenders().stream().filter(u -> u.getId().equals(userId)).findFirst();
    }

    private List<ApplicationSection> sections(Long applicationId) {
        return em.createQuery("SELECT n FROM ApplicationSection n WHERE n.applicationId = :a ORDER BY n.id", ApplicationSection.class)
                .setParameter("a", applicationId).getResultList();
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
