package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.web.Messages;
import cn.tianjin.quality.review.ReviewRound;
import cn.tianjin.quality.review.ReviewRoundService;
import cn.tianjin.quality.review.RubricService;
import cn.tianjin.quality.review.RubricVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Campaigns of every programme: officials create them with their dates, rubric and eligibility rules, edit the
 * settings while applications are not yet judged, and move them through their programme's stages one at a time.
 * Leaving eligibility hands the eligible applications to the review engine; reaching the display puts the programme's
 * proposal on public display; leaving it closes the display. Every change is audited.
 */
@ApplicationScoped
public class CampaignService {
    private static final Pattern INDUSTRIES = Pattern.compile("^\\s*([A-T](\\s*,\\s*[A-T])*)?\\s*$");

    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    Programmes programmes;

    @Inject
    RubricService rubrics;

    @Inject
    ReviewRoundService rounds;

    @Inject
    ProposalService proposals;

    @Inject
    CampaignSettingsService settings;

    @Inject
    AuditLog audit;

    @Inject
    cn.tianjin.quality.platform.security.Organisations organisations;

    /** Creates a campaign of a programme in the draft stage; its rubric version is frozen, so the criteria cannot change under it. */
    @Transactional
    public Campaign create(Actor actor, String programmeCode, Campaign form, Long rubricVersionId) {
        return create(actor, programmeCode, form, rubricVersionId, null);
    }

    /**
     * Creates a campaign as {@link #create(Actor, String, Campaign, Long)}; a programme whose campaigns an organisation
     * runs names it, an organisation that may act now (not suspended); another programme names none.
     */
    @Transactional
    public Campaign create(Actor actor, String programmeCode, Campaign form, Long rubricVersionId, Long organisationId) {
        actor.requireStaff("managing campaigns");
        Programme programme = programmes.get(programmeCode);
        if (programme.runByOrganisation()) {
            organisations.activeName(organisationId, "organisation", "campaign.organisation.required",
                    "campaign.organisation.suspended");
        } else if (organisationId != null) {
            throw BusinessException.onField("organisation", "campaign.organisation.notRun");
        }
        validate(form);
        RubricVersion rubric = rubrics.get(actor, rubricVersionId);
        rubrics.freeze(actor, rubric.getId());
        Campaign c = new Campaign();
        c.settings(form);
        c.created(programme.code(), rubric, actor.username(), clock.now());
        c.runBy(organisationId);
        em.persist(c);
        em.flush();
        programme.settingsType().ifPresent(type -> settings.createDefaults(c, type));
        audit.record(actor, Campaign.AUDIT_TYPE, c.getId(), "create", programme.code() + ": " + c.getName() + ", rubric "
                + rubric.getId() + (organisationId == null ? "" : ", run by organisation " + organisationId));
        return c;
    }

    /** Saves new settings; refused once eligibility is being judged, when the rules must stay as announced. */
    @Transactional
    public Campaign update(Actor actor, Long id, int expectedVersion, Campaign form) {
        actor.requireStaff("changing a campaign's settings");
        Campaign c = get(actor, id);
        requireSettingsOpen(c);
        Versions.expect(c.getVersion(), expectedVersion);
        validate(form);
        c.settings(form);
        Versions.flush(em);
        audit.record(actor, Campaign.AUDIT_TYPE, c.getId(), "update", c.getName());
        return c;
    }

    /** Refuses a change of settings once eligibility is being judged; the programme's own settings ask this too. */
    public void requireSettingsOpen(Campaign c) {
        if (!isSettingsOpen(c)) {
            throw new BusinessException("campaign.settingsFixed");
        }
    }

    public boolean isSettingsOpen(Campaign c) {
        return c.getStage().compareTo(Stage.RECOMMENDATION) <= 0;
    }

    /** The stages of the campaign's programme, in order. */
    public List<Stage> stagesOf(Campaign c) {
        return programmes.get(c.getProgramme()).stages();
    }

    /** Moves the campaign to its next stage; {@code from} guards against a second click or a colleague's move. */
    @Transactional
    public Campaign advance(Actor actor, Long id, Stage from) {
        actor.requireStaff("moving a campaign on");
        Campaign c = get(actor, id);
        if (c.getStage() != from || c.getStage().isLast()) {
            throw new BusinessException("campaign.stageMoved", new Messages.Key("campaign.stage." + c.getStage()));
        }
        Programme programme = programmes.get(c.getProgramme());
        Stage to = from.next(programme.stages());
        if (to == Stage.PUBLISHED) {
            // Publishing needs the approval's document number and date, and does more than a stage move.
            throw new BusinessException("campaign.publishWithApproval");
        }
        programme.beforeStage(actor, c, to);
        if (from == Stage.ELIGIBILITY) {
            requireEligibilityDecided(c, programme);
        }
        if (to == Stage.REVIEW) {
            startReview(actor, c, programme);
        } else if (to == Stage.DISPLAY) {
            proposals.display(actor, c);
        }
        if (from == Stage.DISPLAY) {
            proposals.closeDisplay(actor, c);
        }
        c.stage(to);
        audit.record(actor, Campaign.AUDIT_TYPE, c.getId(), "stage", from + " -> " + to);
        return c;
    }

    private void requireEligibilityDecided(Campaign c, Programme programme) {
        boolean recommendation = programme.stages().contains(Stage.RECOMMENDATION);
        long undecided = em.createQuery("SELECT a FROM Application a WHERE a.campaignId = :c", Application.class)
                .setParameter("c", c.getId()).getResultStream().filter(a -> a.getStatus().awaitsEligibility(recommendation)).count();
        if (undecided > 0) {
            throw new BusinessException("campaign.undecided", undecided);
        }
    }

    /**
     * The eligible applications become the entries of the campaign's materials-review round, in the order they were
     * submitted, each entry pointing back to its application so the experts read the application's own documents.
     */
    private void startReview(Actor actor, Campaign c, Programme programme) {
        ReviewRound round = rounds.create(actor, programme.code(), Messages.get(Messages.CHINESE, "campaign.reviewRound", c.getName()),
                c.getRubric().getId(), programme.panelSize());
        em.createQuery("SELECT a FROM Application a WHERE a.campaignId = :c AND a.status = :s ORDER BY a.submittedAt, a.id",
                        Application.class)
                .setParameter("c", c.getId()).setParameter("s", ApplicationStatus.ELIGIBLE).getResultList()
                .forEach(a -> rounds.addEntry(actor, round.getId(), a.getEnterpriseId(), a.getSubjectName(),
                        ApplicationDocuments.OWNER_TYPE, a.getId(), a.getSubmittedAt()));
        c.reviewRound(round.getId());
    }

    /** A campaign has been published (by {@link CampaignPublication}): its last stage. */
    void published(Campaign c) {
        c.stage(Stage.PUBLISHED);
    }

    /**
     * The campaign, for bureau staff and for the evaluators of the organisation that runs it; to an evaluator of another
     * organisation it does not exist.
     */
    @Transactional
    public Campaign get(Actor actor, Long id) {
        if (actor.is(Role.EVALUATOR)) {
            Campaign c = id == null ? null : em.find(Campaign.class, id);
            if (c == null || !actor.evaluates(c.getOrganisationId())) {
                throw new NotFoundException("campaign " + id + " for " + actor.username());
            }
            return c;
        }
        actor.requireStaff("managing campaigns");
        return find(id);
    }

    /**
     * Lets those who run the campaign go on: bureau staff, and the evaluators of the organisation that runs it (an
     * alliance member, for the brands); anyone else is refused.
     */
    public void requireRunner(Actor actor, Campaign c) {
        if (!actor.isStaff() && !actor.evaluates(c.getOrganisationId())) {
            throw new AccessDeniedException(actor.username() + " running campaign " + c.getId());
        }
    }

    /** The campaigns an organisation runs, newest first: for its own evaluators and for bureau staff. */
    @Transactional
    public List<Campaign> runBy(Actor actor, Long organisationId) {
        if (!actor.isStaff() && !actor.evaluates(organisationId)) {
            throw new AccessDeniedException(actor.username() + " listing the campaigns of organisation " + organisationId);
        }
        return em.createQuery("SELECT c FROM Campaign c WHERE c.organisationId = :o ORDER BY c.year DESC, c.id DESC", Campaign.class)
                .setParameter("o", organisationId).getResultList();
    }

    /** Every campaign of every programme, newest first, for officials. */
    @Transactional
    public List<Campaign> list(Actor actor) {
        actor.requireStaff("managing campaigns");
        return em.createQuery("SELECT c FROM Campaign c ORDER BY c.year DESC, c.id DESC", Campaign.class).getResultList();
    }

    /** Campaigns of every programme taking applications today, for applicants. */
    @Transactional
    public List<Campaign> open() {
        return em.createQuery("SELECT c FROM Campaign c WHERE c.stage = :s ORDER BY c.applicationsClose", Campaign.class)
                .setParameter("s", Stage.OPEN).getResultList().stream()
                .filter(c -> c.takesApplicationsOn(clock.today())).toList();
    }

    /** A campaign by id, for callers that have checked the reader's right to it. */
    public Campaign find(Long id) {
        Campaign c = id == null ? null : em.find(Campaign.class, id);
        if (c == null) {
            throw new NotFoundException("campaign " + id);
        }
        return c;
    }

    /** Every rule a campaign's settings must meet; the first broken one is reported on its field. */
    static void validate(Campaign f) {
        if (f.getName() == null || f.getName().isBlank()) {
            throw BusinessException.onField("name", "campaign.name.required");
        }
        if (f.getYear() < 2000 || f.getYear() > 2100) {
            throw BusinessException.onField("year", "campaign.year.invalid");
        }
        if (f.getApplicationsOpen() == null || f.getApplicationsClose() == null || f.getRecommendationDeadline() == null) {
            throw BusinessException.onField("applicationsOpen", "campaign.dates.required");
        }
        if (f.getApplicationsClose().isBefore(f.getApplicationsOpen())) {
            throw BusinessException.onField("applicationsClose", "campaign.dates.closeBeforeOpen");
        }
        if (f.getRecommendationDeadline().isBefore(f.getApplicationsClose())) {
            throw BusinessException.onField("recommendationDeadline", "campaign.dates.recommendationBeforeClose");
        }
        if (f.getDisplayDays() < 1 || f.getMinYears() < 0 || f.getCreditLookbackYears() < 0 || f.getWinnerExclusionYears() < 0) {
            throw BusinessException.onField("displayDays", "campaign.numbers.invalid");
        }
        if (f.getMinCreditGrade() != null && !f.getMinCreditGrade().isBlank() && !f.getMinCreditGrade().matches("[ABC]")) {
            throw BusinessException.onField("minCreditGrade", "campaign.minCreditGrade.invalid");
        }
        if (f.getIndustries() != null && !INDUSTRIES.matcher(f.getIndustries().toUpperCase()).matches()) {
            throw BusinessException.onField("industries", "campaign.industries.invalid");
        }
        if (f.getIndustries() != null) {
            f.setIndustries(f.getIndustries().toUpperCase().replaceAll("\\s", ""));
        }
    }
}
