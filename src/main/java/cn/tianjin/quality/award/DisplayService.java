package cn.tianjin.quality.award;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.publication.Notice;
import cn.tianjin.quality.publication.NoticeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The public display of the committee's proposal (公示) and the objections it draws. Opening the display publishes a
 * notice and fixes its period; anyone may object to a proposed entry during the period under a real name; an open
 * objection freezes its entry; officials acknowledge, investigate and uphold or dismiss, and the objector is told by
 * e-mail. An upheld objection takes the entry off the proposal and the campaign's rule decides the freed place.
 */
@ApplicationScoped
public class DisplayService {
    @Inject
    PortalClock clock;

    public static final int MAX_EVIDENCE_FILES = 3;
    /** Objections one address may file in an hour: enough for a family or an office, too few for a flood. */
    public static final int MAX_PER_ADDRESS_PER_HOUR = 5;
    private static final int MAX_REASON = 4000;
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRTUWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CampaignService campaigns;

    @Inject
    ApplicationService applications;

    @Inject
    NoticeService notices;

    @Inject
    AttachmentService attachments;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    /** One shortlisted entry as the display shows it. */
    public record Line(int rank, Long applicationId, String enterpriseName, String modelName, VoteCount count,
                       long openObjections) implements Serializable {
        public boolean isProposed() {
            return count.isProposed();
        }

        public boolean isFrozen() {
            return openObjections > 0;
        }

        /** The entry got a place freed by an upheld objection, which the committee had not given it. */
        public boolean isMoved() {
            return count.getRemovedFor() == null && count.getFinalOutcome() != null && count.getFinalOutcome() != count.getOutcome();
        }
    }

    /** A campaign's display: the notice period and the entries proposed, frozen or not. */
    public record Display(AwardCampaign campaign, List<Line> lines) implements Serializable {
        public List<Line> proposed() {
            return lines.stream().filter(Line::isProposed).toList();
        }

        public boolean isOpenOn(LocalDate day) {
            return campaign.displayRunsOn(day);
        }
    }

    /** A file the objector sends with the objection. */
    public record Evidence(String fileName, InputStream content) {
    }

    /**
     * Starts the display when the campaign leaves the committee stage: the committee must have closed its voting; the
     * notice names the proposed entries and the period, and links to the page where objections are taken.
     */
    void open(Actor actor, AwardCampaign c) {
        List<Line> lines = lines(c.getId());
        if (lines.isEmpty() || lines.stream().anyMatch(l -> l.count().getOutcome() == null)) {
            throw new BusinessException("display.committeeOpen");
        }
        LocalDate from = clock.today();
        StringBuilder body = new StringBuilder();
        body.append("经申报、推荐、资格审核、材料评审、现场评审和评审委员会审议，现将").append(c.getName())
                .append("拟表彰名单予以公示。\n\n");
        for (Line l : lines) {
            if (l.isProposed()) {
                body.append(l.count().getFinalOutcome() == CommitteeRules.Outcome.AWARD ? "天津质量奖：" : "天津质量奖提名奖：")
                        .append(l.enterpriseName()).append("（").append(l.modelName()).append("）\n");
            }
        }
        body.append("\n公示期：").append(from).append(" 至 ").append(from.plusDays(c.getDisplayDays() - 1L))
                .append("。对公示对象有异议的，请在公示期内通过本平台实名提出，并提供联系方式和必要的证明材料。");
        Notice notice = notices.publish(actor, "关于" + c.getName() + "拟表彰名单的公示", body.toString(), "AWARD",
                "/public/award-display?campaign=" + c.getId());
        c.displayed(from, notice.getId());
        audit.record(actor, "award-campaign", c.getId(), "display", from + " .. " + c.getDisplayUntil()
                + ", notice " + notice.getId());
    }

    /** An application's standing as its applicant is told it, with what the message names. */
    public record StandingView(Standing.Code code, CommitteeRules.Outcome level, String serial, LocalDate until) implements Serializable {
    }

    /** The standing of an eligible application, for whoever may see the application; empty before the review. */
    @Transactional
    public java.util.Optional<StandingView> standing(Actor actor, Long applicationId) {
        ApplicationService.View v = applications.view(actor, applicationId);
        AwardApplication a = v.application();
        if (a.getStatus() != ApplicationStatus.ELIGIBLE) {
            return java.util.Optional.empty();
        }
        AwardCampaign c = v.campaign();
        boolean shortlisted = em.createQuery("SELECT COUNT(s) FROM ShortlistEntry s WHERE s.applicationId = :a", Long.class)
                .setParameter("a", a.getId()).getSingleResult() > 0;
        VoteCount count = em.createQuery("SELECT v FROM VoteCount v WHERE v.applicationId = :a", VoteCount.class)
                .setParameter("a", a.getId()).getResultStream().findFirst().orElse(null);
        AwardTitle title = em.createQuery("SELECT t FROM AwardTitle t WHERE t.applicationId = :a", AwardTitle.class)
                .setParameter("a", a.getId()).getResultStream().findFirst().orElse(null);
        Standing.Facts facts = new Standing.Facts(c.getStage(), shortlisted, count == null ? null : count.getFinalOutcome(),
                count == null ? null : count.getRemovedFor(), title == null ? null : title.getLevel(), title != null && !title.isValid());
        return Standing.of(facts).map(code -> new StandingView(code,
                title != null ? title.getLevel() : count == null ? null : count.getFinalOutcome(),
                title == null ? null : title.getSerial(), c.getDisplayUntil()));
    }

    /** Whether the display may end: its period is over and no objection is open. */
    void requireClosable(AwardCampaign c) {
        if (c.getDisplayUntil() != null && !clock.today().isAfter(c.getDisplayUntil())) {
            throw new BusinessException("display.notOver", c.getDisplayUntil());
        }
        long open = openObjections(c.getId());
        if (open > 0) {
            throw new BusinessException("display.objectionsOpen", open);
        }
    }

    /** The display as the public sees it; only campaigns that have reached their display exist here. */
    @Transactional
    public Display publicDisplay(Long campaignId) {
        AwardCampaign c = campaignId == null ? null : em.find(AwardCampaign.class, campaignId);
        if (c == null || c.getDisplayFrom() == null) {
            throw new NotFoundException("display of campaign " + campaignId);
        }
        return new Display(c, lines(c.getId()));
    }

    /** Campaigns on display today, newest first, for the public notices list and the API. */
    @Transactional
    public List<AwardCampaign> onDisplay() {
        return em.createQuery("SELECT c FROM AwardCampaign c WHERE c.stage = :s ORDER BY c.displayFrom DESC, c.id DESC",
                        AwardCampaign.class)
                .setParameter("s", CampaignStage.DISPLAY).getResultList();
    }

    /** The display with everything officials need; staff only. */
    @Transactional
    public Display display(Actor actor, Long campaignId) {
        AwardCampaign c = campaigns.get(actor, campaignId);
        return new Display(c, lines(c.getId()));
    }

    /**
     * Files an objection from the public. Refused outside the display period and against entries that are not proposed.
     * The evidence is stored in the same transaction, so a refused file leaves nothing behind. The objector is sent a
     * receipt with the reference. One address files at most {@link #MAX_PER_ADDRESS_PER_HOUR} objections an hour.
     */
    @Transactional
    public Objection object(Long campaignId, ObjectionForm form, List<Evidence> evidence, String clientAddress) {
        AwardCampaign c = campaignId == null ? null : em.find(AwardCampaign.class, campaignId);
        if (c == null || c.getDisplayFrom() == null) {
            throw new NotFoundException("display of campaign " + campaignId);
        }
        if (!c.displayRunsOn(clock.today())) {
            throw new BusinessException("objection.closed");
        }
        ObjectionForm f = form.checked();
        Line line = lines(c.getId()).stream().filter(l -> l.applicationId().equals(f.applicationId()) && l.isProposed())
                .findFirst().orElseThrow(() -> BusinessException.onField("entry", "objection.entry.required"));
        if (evidence.size() > MAX_EVIDENCE_FILES) {
            throw BusinessException.onField("files", "objection.files.tooMany", MAX_EVIDENCE_FILES);
        }
        if (clientAddress != null && em.createQuery(
                        "SELECT COUNT(o) FROM Objection o WHERE o.clientAddress = :a AND o.receivedAt > :since", Long.class)
                .setParameter("a", clientAddress).setParameter("since", clock.now().minusHours(1)).getSingleResult()
                >= MAX_PER_ADDRESS_PER_HOUR) {
            throw new BusinessException("objection.tooMany", MAX_PER_ADDRESS_PER_HOUR);
        }
        Objection o = new Objection(c.getId(), line.applicationId(), newReference(), f.name(), f.phone(), f.email(), f.grounds(),
                clientAddress, clock.now());
        em.persist(o);
        em.flush();
        Actor objector = new Actor(null, "public:" + o.getReference(), null, null);
        audit.record(objector, "award-objection", o.getId(), "file", line.enterpriseName() + " / " + f.name());
        o.takingEvidence(true);
        try {
            for (Evidence file : evidence) {
                attachments.store(objector, ObjectionEvidence.OWNER_TYPE, o.getId(), file.fileName(), file.content());
            }
        } finally {
            o.takingEvidence(false);
        }
        notifications.mail(f.email(), "zh-CN", "objection.receipt.subject", "objection.receipt.body", c.getName(),
                line.enterpriseName(), o.getReference());
        return o;
    }

    @Transactional
    public List<Objection> objections(Actor actor, Long campaignId) {
        campaigns.get(actor, campaignId);
        return em.createQuery("SELECT o FROM Objection o WHERE o.campaignId = :c ORDER BY o.receivedAt, o.id", Objection.class)
                .setParameter("c", campaignId).getResultList();
    }

    /** An official takes the objection up and notes how it will be investigated; the entry stays frozen. */
    @Transactional
    public Objection acknowledge(Actor actor, Long objectionId, int expectedVersion, String note) {
        Objection o = objection(actor, objectionId, expectedVersion);
        if (o.getStatus() != Objection.Status.RECEIVED) {
            throw new BusinessException("objection.alreadyTaken");
        }
        String text = Texts.required(note, MAX_REASON, "investigation", "objection.investigation.required");
        o.acknowledged(actor.username(), clock.now(), text);
        flush();
        audit.record(actor, "award-objection", o.getId(), "acknowledge", text);
        return o;
    }

    /**
     * Upholds or dismisses an objection with reasons, and tells the objector. Upholding takes the entry off the
     * proposal (its applicant is told); the campaign's rule decides whether its place stays empty.
     */
    @Transactional
    public Objection decide(Actor actor, Long objectionId, int expectedVersion, boolean uphold, String reason) {
        Objection o = objection(actor, objectionId, expectedVersion);
        if (!o.getStatus().isOpen()) {
            throw new BusinessException("objection.alreadyDecided");
        }
        AwardCampaign c = em.find(AwardCampaign.class, o.getCampaignId());
        if (c.getStage() != CampaignStage.DISPLAY) {
            throw new BusinessException("objection.notOnDisplay");
        }
        String text = Texts.required(reason, MAX_REASON, "decision", "objection.decision.required");
        o.decided(uphold, text, actor.username(), clock.now());
        flush();
        AwardApplication a = em.find(AwardApplication.class, o.getApplicationId());
        Enterprise e = em.find(Enterprise.class, a.getEnterpriseId());
        audit.record(actor, "award-objection", o.getId(), uphold ? "uphold" : "dismiss", text);
        if (uphold) {
            remove(actor, c, a.getId(), VoteCount.Removal.OBJECTION);
            applications.tellApplicant(a, "objection.upheld.applicant.subject", "objection.upheld.applicant.body", c.getName(), text);
        }
        notifications.mail(o.getObjectorEmail(), "zh-CN", uphold ? "objection.upheld.subject" : "objection.dismissed.subject",
                uphold ? "objection.upheld.body" : "objection.dismissed.body", c.getName(), e.getName(), o.getReference(), text);
        return o;
    }

    /**
     * Takes an entry off the proposal and works out the rest again by the campaign's rule for freed places. Used for
     * upheld objections and, before publication, for the credit veto.
     */
    void remove(Actor actor, AwardCampaign c, Long applicationId, VoteCount.Removal why) {
        List<Line> lines = lines(c.getId());
        Set<Long> removed = new HashSet<>();
        lines.stream().filter(l -> l.count().getRemovedFor() != null).forEach(l -> removed.add(l.applicationId()));
        removed.add(applicationId);
        // A veto comes right before publication, when a moved-up entry could no longer be displayed: its place stays empty.
        CommitteeRules.FreedPlace rule = why == VoteCount.Removal.VETO ? CommitteeRules.FreedPlace.EMPTY : c.getFreedPlace();
        List<CommitteeRules.Outcome> now = rule == CommitteeRules.FreedPlace.EMPTY
                ? lines.stream().map(l -> l.count().getFinalOutcome()).toList()
                : CommitteeRules.afterRemoval(c.committeeRules(), lines.stream().map(l -> l.count().tally()).toList(), removed, rule);
        StringBuilder changes = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            VoteCount v = lines.get(i).count();
            if (v.getApplicationId().equals(applicationId)) {
                v.removed(why);
            } else if (v.getRemovedFor() == null && now.get(i) != v.getFinalOutcome()) {
                changes.append(v.getApplicationId()).append(": ").append(v.getFinalOutcome()).append(" -> ").append(now.get(i)).append("; ");
                v.standing(now.get(i));
            }
        }
        audit.record(actor, "award-application", applicationId, "remove-from-proposal", why + ", rule " + rule
                + (changes.isEmpty() ? "" : ", " + changes.toString().trim()));
    }

    long openObjections(Long campaignId) {
        return em.createQuery("SELECT COUNT(o) FROM Objection o WHERE o.campaignId = :c AND o.status IN :open", Long.class)
                .setParameter("c", campaignId)
                .setParameter("open", List.of(Objection.Status.RECEIVED, Objection.Status.INVESTIGATING))
                .getSingleResult();
    }

    /** The shortlisted entries in ranking order with their counts and open objections. */
    List<Line> lines(Long campaignId) {
        List<Object[]> rows = em.createQuery("SELECT s, a, e, v FROM ShortlistEntry s, AwardApplication a, Enterprise e, VoteCount v"
                        + " WHERE s.campaignId = :c AND a.id = s.applicationId AND e.id = a.enterpriseId AND v.applicationId = a.id"
                        + " ORDER BY s.rank", Object[].class)
                .setParameter("c", campaignId).getResultList();
        List<Object[]> open = em.createQuery("SELECT o.applicationId, COUNT(o) FROM Objection o WHERE o.campaignId = :c"
                        + " AND o.status IN :open GROUP BY o.applicationId", Object[].class)
                .setParameter("c", campaignId)
                .setParameter("open", List.of(Objection.Status.RECEIVED, Objection.Status.INVESTIGATING)).getResultList();
        List<Line> lines = new ArrayList<>();
        for (Object[] r : rows) {
            ShortlistEntry s = (ShortlistEntry) r[0];
            AwardApplication a = (AwardApplication) r[1];
            long objections = open.stream().filter(o -> a.getId().equals(o[0])).mapToLong(o -> (Long) o[1]).sum();
            lines.add(new Line(s.getRank(), a.getId(), ((Enterprise) r[2]).getName(), a.getModelName(), (VoteCount) r[3], objections));
        }
        return lines;
    }

    private Objection objection(Actor actor, Long id, int expectedVersion) {
        actor.requireStaff("handling objections");
        Objection o = id == null ? null : em.find(Objection.class, id);
        if (o == null) {
            throw new NotFoundException("objection " + id);
        }
        Versions.expect(o.getVersion(), expectedVersion);
        return o;
    }

    private void flush() {
        Versions.flush(em);
    }

    private static String newReference() {
        StringBuilder b = new StringBuilder("YY");
        for (int i = 0; i < 10; i++) {
            b.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return b.toString();
    }
}
