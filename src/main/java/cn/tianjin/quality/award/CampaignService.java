package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
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
 * Award campaigns: officials create them with their dates, rubric, quotas and eligibility rules, edit the settings
 * while applications are not yet judged, and move them through their stages one at a time. Every change is audited.
 */
@ApplicationScoped
public class CampaignService {
    @Inject
    PortalClock clock;

    /** Experts per entry in the materials review, as the award's rules ask. */
    public static final int PANEL_SIZE = 5;

    private static final Pattern INDUSTRIES = Pattern.compile("^\\s*([A-T](\\s*,\\s*[A-T])*)?\\s*$");

    @PersistenceContext
    EntityManager em;

    @Inject
    RubricService rubrics;

    @Inject
    ReviewRoundService rounds;

    @Inject
    DisplayService display;

    @Inject
    AuditLog audit;

    /** Creates a campaign in the draft stage; its rubric version is frozen, so the criteria cannot change under it. */
    @Transactional
    public AwardCampaign create(Actor actor, AwardCampaign form, Long rubricVersionId) {
        actor.requireStaff("managing award campaigns");
        validate(form);
        RubricVersion rubric = rubrics.get(actor, rubricVersionId);
        rubrics.freeze(actor, rubric.getId());
        AwardCampaign c = new AwardCampaign();
        c.settings(form);
        c.created(rubric, actor.username(), clock.now());
        em.persist(c);
        em.flush();
        audit.record(actor, "award-campaign", c.getId(), "create", c.getName() + ", rubric " + rubric.getId());
        return c;
    }

    /** Saves new settings; refused once eligibility is being judged, when the rules must stay as announced. */
    @Transactional
    public AwardCampaign update(Actor actor, Long id, int expectedVersion, AwardCampaign form) {
        AwardCampaign c = get(actor, id);
        if (c.getStage().compareTo(CampaignStage.RECOMMENDATION) > 0) {
            throw new BusinessException("campaign.settingsFixed");
        }
        Versions.expect(c.getVersion(), expectedVersion);
        validate(form);
        c.settings(form);
        Versions.flush(em);
        audit.record(actor, "award-campaign", c.getId(), "update", c.getName());
        return c;
    }

    /** Moves the campaign to its next stage; {@code from} guards against a second click or a colleague's move. */
    @Transactional
    public AwardCampaign advance(Actor actor, Long id, CampaignStage from) {
        AwardCampaign c = get(actor, id);
        if (c.getStage() != from || c.getStage().isLast()) {
            throw new BusinessException("campaign.stageMoved", c.getStage());
        }
        CampaignStage to = c.getStage().next();
        if (to == CampaignStage.REVIEW) {
            startMaterialsReview(actor, c);
        } else if (to == CampaignStage.DISPLAY) {
            display.open(actor, c);
        } else if (to == CampaignStage.APPROVAL) {
            display.requireClosable(c);
        } else if (to == CampaignStage.PUBLISHED) {
            // Publishing needs the approval's document number and date, and does more than a stage move.
            throw new BusinessException("campaign.publishWithApproval");
        }
        c.stage(to);
        audit.record(actor, "award-campaign", c.getId(), "stage", from + " -> " + to);
        return c;
    }

    /**
     * Leaving eligibility review: every recommended application must have its outcome, and the eligible ones become the
     * entries of the campaign's materials review round (panels of five by default), each entry pointing back to its
     * application so the experts read the application's own attachments.
     */
    private void startMaterialsReview(Actor actor, AwardCampaign c) {
        List<AwardApplication> all = em.createQuery("SELECT a FROM AwardApplication a WHERE a.campaignId = :c ORDER BY a.submittedAt, a.id",
                        AwardApplication.class)
                .setParameter("c", c.getId()).getResultList();
        long undecided = all.stream().filter(a -> a.getStatus() == ApplicationStatus.RECOMMENDED).count();
        if (undecided > 0) {
            throw new BusinessException("campaign.undecided", undecided);
        }
        ReviewRound round = rounds.create(actor, AwardProgramme.CODE, c.getName() + " · 材料评审", c.getRubric().getId(), PANEL_SIZE);
        for (AwardApplication a : all) {
            if (a.getStatus() == ApplicationStatus.ELIGIBLE) {
                rounds.addEntry(actor, round.getId(), a.getEnterpriseId(), a.getModelName(), ApplicationDocuments.OWNER_TYPE,
                        a.getId(), a.getSubmittedAt());
            }
        }
        c.reviewRound(round.getId());
    }

    @Transactional
    public AwardCampaign get(Actor actor, Long id) {
        actor.requireStaff("managing award campaigns");
        return find(id);
    }

    @Transactional
    public List<AwardCampaign> list(Actor actor) {
        actor.requireStaff("managing award campaigns");
        return em.createQuery("SELECT c FROM AwardCampaign c ORDER BY c.year DESC, c.id DESC", AwardCampaign.class).getResultList();
    }

    /** Campaigns taking applications today, for applicants. */
    @Transactional
    public List<AwardCampaign> open() {
        return em.createQuery("SELECT c FROM AwardCampaign c WHERE c.stage = :s ORDER BY c.applicationsClose", AwardCampaign.class)
                .setParameter("s", CampaignStage.OPEN).getResultList().stream()
                .filter(c -> c.takesApplicationsOn(clock.today())).toList();
    }

    AwardCampaign find(Long id) {
        AwardCampaign c = id == null ? null : em.find(AwardCampaign.class, id);
        if (c == null) {
            throw new NotFoundException("campaign " + id);
        }
        return c;
    }

    /** Every rule a campaign's settings must meet; the first broken one is reported on its field. */
    static void validate(AwardCampaign f) {
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
        if (f.getAwardQuota() < 0 || f.getNominationQuota() < 0 || f.getAwardQuota() + f.getNominationQuota() == 0) {
            throw BusinessException.onField("awardQuota", "campaign.quota.invalid");
        }
        if (f.getDisplayDays() < 1 || f.getMinYears() < 0 || f.getCreditLookbackYears() < 0
                || f.getAccidentLookbackYears() < 0 || f.getMajorLookbackYears() < 0 || f.getWinnerExclusionYears() < 0) {
            throw BusinessException.onField("displayDays", "campaign.numbers.invalid");
        }
        if (f.getCommitteeQuorum() < 1 || f.getCarryNumerator() < 1 || f.getCarryDenominator() < f.getCarryNumerator()) {
            throw BusinessException.onField("committeeQuorum", "campaign.committee.invalid");
        }
        if (f.getIndustries() != null && !INDUSTRIES.matcher(f.getIndustries().toUpperCase()).matches()) {
            throw BusinessException.onField("industries", "campaign.industries.invalid");
        }
        if (f.getIndustries() != null) {
            f.setIndustries(f.getIndustries().toUpperCase().replaceAll("\\s", ""));
        }
    }

}
