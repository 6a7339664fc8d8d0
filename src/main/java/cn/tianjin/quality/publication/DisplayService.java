package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Public display (公示) and the objections it draws, for every programme. A programme hands over its ranked entries,
 * each proposed at a level or not; the display publishes a notice and fixes its period; anyone may object to a proposed
 * entry during the period under a real name; an open objection freezes its entry; officials acknowledge, investigate
 * and uphold or dismiss, and the objector is told by e-mail. An upheld objection takes the entry off the proposal and
 * the programme is told ({@link DisplayEvents.ObjectionUpheld}), whose rule decides the freed place. The display knows
 * no committee and no campaign, only the programme's code and the ids it was given.
 */
@ApplicationScoped
public class DisplayService {
    public static final int MAX_EVIDENCE_FILES = 3;
    /** Objections one address may file in an hour: enough for a family or an office, too few for a flood. */
    public static final int MAX_PER_ADDRESS_PER_HOUR = 5;
    private static final int MAX_REASON = 4000;
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRTUWXY";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<Objection.Status> OPEN = List.of(Objection.Status.RECEIVED, Objection.Status.INVESTIGATING);

    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    NoticeService notices;

    @Inject
    AttachmentService attachments;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    @Inject
    Event<DisplayEvents.ObjectionUpheld> upheld;

    /** One ranked entry as a programme hands it over; {@code level} null when it is ranked without a proposal. */
    public record Ranked(int rank, Long refId, Long enterpriseId, String enterpriseName, String subjectName, String level) {
    }

    /** What a programme puts on display: its campaign, the notice's intro key, and the ranked entries. */
    public record Opening(String programme, Long campaignRef, String campaignName, int days, String introKey,
                          List<Ranked> entries) {
        public Opening {
            entries = List.copyOf(entries);
        }
    }

    /** One entry as the display pages show it, with the objections still open against it. */
    public record Line(DisplayEntry entry, long openObjections) implements Serializable {
        public boolean isProposed() {
            return entry.isProposed();
        }

        public boolean isFrozen() {
            return openObjections > 0;
        }
    }

    /** A display with its entries in ranking order. */
    public record View(Display display, List<Line> lines) implements Serializable {
        public List<Line> proposed() {
            return lines.stream().filter(Line::isProposed).toList();
        }

        public Optional<Line> line(Long entryId) {
            return lines.stream().filter(l -> l.entry().getId().equals(entryId)).findFirst();
        }
    }

    /** A file the objector sends with the objection. */
    public record Evidence(String fileName, InputStream content) {
    }

    /**
     * Opens the display from today for the given number of days and publishes its notice in both languages, naming the
     * proposed entries and the period and linking to the page where objections are taken.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Display open(Actor actor, Opening o) {
        if (o.entries().stream().noneMatch(r -> r.level() != null)) {
            throw new BusinessException("display.nothingProposed");
        }
        Display d = new Display(o.programme(), o.campaignRef(), o.campaignName(), clock.today(), o.days());
        em.persist(d);
        em.flush();
        for (Ranked r : o.entries()) {
            em.persist(new DisplayEntry(d.getId(), r));
        }
        Notice notice = notices.publish(actor, o.programme(), "/public/display?id=" + d.getId(), locale -> {
            StringBuilder body = new StringBuilder(Messages.get(locale, o.introKey(), o.campaignName())).append("\n\n");
            for (Ranked r : o.entries()) {
                if (r.level() != null) {
                    body.append(Messages.get(locale, "notice.display.line", new Messages.Key("title.level." + r.level()),
                            r.enterpriseName(), r.subjectName())).append('\n');
                }
            }
            body.append('\n').append(Messages.get(locale, "notice.display.period", d.getFrom().toString(), d.getUntil().toString()));
            return new NoticeService.Text(Messages.get(locale, "notice.display.title", o.campaignName()), body.toString());
        });
        d.notice(notice.getId());
        audit.record(actor, Display.AUDIT_TYPE, d.getId(), "open", o.programme() + " " + o.campaignRef() + ": " + d.getFrom()
                + " .. " + d.getUntil() + ", notice " + notice.getId());
        return d;
    }

    /** Refuses to close a display whose period is not over or that has objections open. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(Actor actor, Long displayId) {
        Display d = display(displayId);
        if (!clock.today().isAfter(d.getUntil())) {
            throw new BusinessException("display.notOver", d.getUntil());
        }
        long open = openObjections(d.getId());
        if (open > 0) {
            throw new BusinessException("display.objectionsOpen", open);
        }
        d.close();
        audit.record(actor, Display.AUDIT_TYPE, d.getId(), "close", "");
    }

    /** The display of a programme's campaign, if it has one. */
    @Transactional
    public Optional<Display> ofCampaign(String programme, Long campaignRef) {
        return em.createQuery("SELECT d FROM Display d WHERE d.programme = :p AND d.refId = :r", Display.class)
                .setParameter("p", programme).setParameter("r", campaignRef).getResultStream().findFirst();
    }

    /** A display as everyone may see it, open or over. */
    @Transactional
    public View view(Long displayId) {
        return new View(display(displayId), lines(displayId));
    }

    /** Displays running today, newest first, for the public notices list and the API. */
    @Transactional
    public List<View> running() {
        LocalDate today = clock.today();
        return em.createQuery("SELECT d FROM Display d WHERE d.status = :s ORDER BY d.from DESC, d.id DESC", Display.class)
                .setParameter("s", Display.Status.RUNNING).getResultList().stream()
                .filter(d -> d.runsOn(today)).map(d -> new View(d, lines(d.getId()))).toList();
    }

    /**
     * Files an objection from the public. Refused outside the display period and against entries that are not proposed.
     * The evidence is stored in the same transaction, so a refused file leaves nothing behind. The objector is sent a
     * receipt with the reference, and later the decision, in the language of the page they filed from. One address files
     * at most {@link #MAX_PER_ADDRESS_PER_HOUR} objections an hour.
     */
    @Transactional
    public Objection object(Long displayId, ObjectionForm form, List<Evidence> evidence, String clientAddress, String language) {
        Display d = display(displayId);
        if (!d.runsOn(clock.today())) {
            throw new BusinessException("objection.closed");
        }
        ObjectionForm f = form.checked();
        DisplayEntry entry = em.find(DisplayEntry.class, f.entryId());
        if (entry == null || !entry.getDisplayId().equals(d.getId()) || !entry.isProposed()) {
            throw BusinessException.onField("entry", "objection.entry.required");
        }
        if (evidence.size() > MAX_EVIDENCE_FILES) {
            throw BusinessException.onField("files", "objection.files.tooMany", MAX_EVIDENCE_FILES);
        }
        if (clientAddress != null && em.createQuery(
                        "SELECT COUNT(o) FROM Objection o WHERE o.clientAddress = :a AND o.receivedAt > :since", Long.class)
                .setParameter("a", clientAddress).setParameter("since", clock.now().minusHours(1)).getSingleResult()
                >= MAX_PER_ADDRESS_PER_HOUR) {
            throw new BusinessException("objection.tooMany", MAX_PER_ADDRESS_PER_HOUR);
        }
        Objection o = new Objection(d.getId(), entry.getId(), newReference(), f.name(), f.phone(), f.email(), f.grounds(),
                clientAddress, Messages.tag(Messages.locale(language)), clock.now());
        em.persist(o);
        em.flush();
        Actor objector = new Actor(null, "public:" + o.getReference(), null, null);
        audit.record(objector, Objection.AUDIT_TYPE, o.getId(), "file", entry.getEnterpriseName() + " / " + f.name());
        o.takingEvidence(true);
        try {
            for (Evidence file : evidence) {
                attachments.store(objector, ObjectionEvidence.OWNER_TYPE, o.getId(), file.fileName(), file.content());
            }
        } finally {
            o.takingEvidence(false);
        }
        notifications.mail(f.email(), o.getObjectorLanguage(), "objection.receipt.subject", "objection.receipt.body", d.getTitle(),
                entry.getEnterpriseName(), o.getReference());
        return o;
    }

    /** A display with everything officials need, and its objections; staff only. */
    @Transactional
    public List<Objection> objections(Actor actor, Long displayId) {
        actor.requireStaff("handling objections");
        return em.createQuery("SELECT o FROM Objection o WHERE o.displayId = :d ORDER BY o.receivedAt, o.id", Objection.class)
                .setParameter("d", displayId).getResultList();
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
        Versions.flush(em);
        audit.record(actor, Objection.AUDIT_TYPE, o.getId(), "acknowledge", text);
        return o;
    }

    /**
     * Upholds or dismisses an objection with reasons, and tells the objector. Upholding takes the entry off the proposal
     * and tells its programme, which decides the freed place and tells its applicant.
     */
    @Transactional
    public Objection decide(Actor actor, Long objectionId, int expectedVersion, boolean uphold, String reason) {
        Objection o = objection(actor, objectionId, expectedVersion);
        if (!o.getStatus().isOpen()) {
            throw new BusinessException("objection.alreadyDecided");
        }
        Display d = display(o.getDisplayId());
        if (d.getStatus() != Display.Status.RUNNING) {
            throw new BusinessException("objection.notOnDisplay");
        }
        String text = Texts.required(reason, MAX_REASON, "decision", "objection.decision.required");
        o.decided(uphold, text, actor.username(), clock.now());
        Versions.flush(em);
        DisplayEntry entry = em.find(DisplayEntry.class, o.getEntryId());
        audit.record(actor, Objection.AUDIT_TYPE, o.getId(), uphold ? "uphold" : "dismiss", text);
        if (uphold && entry.getRemovedFor() == null) {
            remove(actor, d, entry, DisplayEntry.Removal.OBJECTION);
            upheld.fire(new DisplayEvents.ObjectionUpheld(d.getId(), d.getProgramme(), d.getRefId(), entry.getRefId(), text));
        }
        notifications.mail(o.getObjectorEmail(), o.getObjectorLanguage(), uphold ? "objection.upheld.subject" : "objection.dismissed.subject",
                uphold ? "objection.upheld.body" : "objection.dismissed.body", d.getTitle(), entry.getEnterpriseName(),
                o.getReference(), text);
        return o;
    }

    /** Takes an entry off the proposal (the credit veto right before publication). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(Actor actor, Long displayId, Long applicationRef, DisplayEntry.Removal why) {
        Display d = display(displayId);
        remove(actor, d, entryOf(d.getId(), applicationRef), why);
    }

    /**
     * Sets the levels of the entries still on the display as the programme's rule for freed places decided them; an
     * entry not named keeps its level. Every change is audited.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void relevel(Actor actor, Long displayId, Map<Long, String> levelByApplication) {
        StringBuilder changes = new StringBuilder();
        for (DisplayEntry e : entries(displayId)) {
            if (e.getRemovedFor() == null && levelByApplication.containsKey(e.getRefId())) {
                String now = levelByApplication.get(e.getRefId());
                if (!Objects.equals(now, e.getLevel())) {
                    changes.append(e.getRefId()).append(": ").append(e.getLevel()).append(" -> ").append(now).append("; ");
                    e.level(now);
                }
            }
        }
        if (!changes.isEmpty()) {
            audit.record(actor, Display.AUDIT_TYPE, displayId, "relevel", changes.toString().trim());
        }
    }

    /** The entries of a display in ranking order. */
    @Transactional
    public List<DisplayEntry> entries(Long displayId) {
        return em.createQuery("SELECT e FROM DisplayEntry e WHERE e.displayId = :d ORDER BY e.rank, e.id", DisplayEntry.class)
                .setParameter("d", displayId).getResultList();
    }

    /** The entry of an application on a display, if it is ranked there. */
    @Transactional
    public Optional<DisplayEntry> entry(Long displayId, Long applicationRef) {
        return em.createQuery("SELECT e FROM DisplayEntry e WHERE e.displayId = :d AND e.refId = :r", DisplayEntry.class)
                .setParameter("d", displayId).setParameter("r", applicationRef).getResultStream().findFirst();
    }

    private void remove(Actor actor, Display d, DisplayEntry entry, DisplayEntry.Removal why) {
        entry.removed(why);
        audit.record(actor, Display.AUDIT_TYPE, d.getId(), "remove", entry.getRefId() + ": " + why);
    }

    private DisplayEntry entryOf(Long displayId, Long applicationRef) {
        return entry(displayId, applicationRef).orElseThrow(() -> new NotFoundException("entry " + applicationRef
                + " on display " + displayId));
    }

    private long openObjections(Long displayId) {
        return em.createQuery("SELECT COUNT(o) FROM Objection o WHERE o.displayId = :d AND o.status IN :open", Long.class)
                .setParameter("d", displayId).setParameter("open", OPEN).getSingleResult();
    }

    private List<Line> lines(Long displayId) {
        Map<Long, Long> open = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT o.entryId, COUNT(o) FROM Objection o WHERE o.displayId = :d"
                        + " AND o.status IN :open GROUP BY o.entryId", Object[].class)
                .setParameter("d", displayId).setParameter("open", OPEN).getResultList()) {
            open.put((Long) r[0], (Long) r[1]);
        }
        List<Line> lines = new ArrayList<>();
        for (DisplayEntry e : entries(displayId)) {
            lines.add(new Line(e, open.getOrDefault(e.getId(), 0L)));
        }
        return lines;
    }

    private Display display(Long id) {
        Display d = id == null ? null : em.find(Display.class, id);
        if (d == null) {
            throw new NotFoundException("display " + id);
        }
        return d;
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

    private static String newReference() {
        StringBuilder b = new StringBuilder("YY");
        for (int i = 0; i < 10; i++) {
            b.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return b.toString();
    }
}
