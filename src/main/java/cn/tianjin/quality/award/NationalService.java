package cn.tianjin.quality.award;

import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.web.Messages;
import cn.tianjin.quality.publication.Title;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The China Quality Award step (中国质量奖): officials open the bureau's part in a national edition, pick
 * organisations among the holders of the Tianjin Quality Award and people the award honours, write each one's
 * recommendation in the sections of the package, send it, and record what the national award decided. An enterprise
 * on the dishonesty list is not recommended, as organisation or as a person's employer. The recommendation and a
 * national honour enter the enterprise's credit file (through {@link NationalEvents}).
 */
@ApplicationScoped
public class NationalService {
    static final int NAME_MAX = 100;
    static final int BODY_MAX = 10000;
    static final int NOTE_MAX = 500;
    /** The sections of an organisation's recommendation, as message keys of their headings. */
    static final List<String> ORGANISATION_SECTIONS = List.of("national.section.org.profile", "national.section.org.model",
            "national.section.org.results", "national.section.org.innovation", "national.section.org.integrity");
    /** The sections of a person's recommendation. */
    static final List<String> PERSON_SECTIONS = List.of("national.section.person.profile",
            "national.section.person.contribution", "national.section.person.honours");

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    EnterpriseService enterprises;

    @Inject
    CreditService credit;

    @Inject
    cn.tianjin.quality.platform.files.AttachmentService attachments;

    @Inject
    Event<NationalEvents.Recommended> recommended;

    @Inject
    Event<NationalEvents.Decided> decided;

    /** A nominee as lists show it: who, which enterprise, how many sections are written. */
    public record Line(NationalNominee nominee, String enterpriseName, String creditCode, int sections, int written)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The name the nominee goes by: the person's, or the organisation's. */
        public String name() {
            return nominee.isPerson() ? nominee.getPersonName() : enterpriseName;
        }

        public boolean complete() {
            return sections > 0 && written == sections;
        }
    }

    public record Detail(NationalRound round, List<Line> nominees) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A nominee with its round and sections. */
    public record NomineeDetail(NationalRound round, Line line, List<NationalSection> sections) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A holder of the Tianjin Quality Award who may be picked. */
    public record Candidate(Long titleId, int year, String enterpriseName, String creditCode, String subjectName)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Transactional
    public List<NationalRound> rounds(Actor actor) {
        actor.requireStaff("reading the China Quality Award step");
        return em.createQuery("SELECT r FROM NationalRound r ORDER BY r.editionNo DESC", NationalRound.class).getResultList();
    }

    @Transactional
    public NationalRound open(Actor actor, Integer editionNo, Integer year, LocalDate deadline) {
        actor.requireStaff("opening a China Quality Award round");
        int now = clock.today().getYear();
        if (editionNo == null || editionNo < 1 || editionNo > 99) {
            throw BusinessException.onField("edition", "national.edition.invalid");
        }
        if (year == null || year < 2012 || year > now + 1) {
            throw BusinessException.onField("year", "national.year.invalid", String.valueOf(2012), String.valueOf(now + 1));
        }
        if (deadline == null || deadline.isBefore(clock.today())) {
            throw BusinessException.onField("deadline", "national.deadline.past");
        }
        if (!em.createQuery("SELECT r.id FROM NationalRound r WHERE r.editionNo = :n", Long.class).setParameter("n", editionNo)
                .getResultList().isEmpty()) {
            throw BusinessException.onField("edition", "national.edition.taken", editionNo);
        }
        NationalRound r = new NationalRound(editionNo, year, deadline, actor.username(), clock.now());
        try {
            em.persist(r);
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // A colleague started the same edition a moment before: the unique key says so.
            throw BusinessException.onField("edition", "national.edition.taken", editionNo);
        }
        audit.record(actor, NationalRound.AUDIT_TYPE, r.getId(), "open", "edition " + editionNo + " (" + year + "), due " + deadline);
        return r;
    }

    @Transactional
    public Detail detail(Actor actor, Long roundId) {
        actor.requireStaff("reading the China Quality Award step");
        NationalRound r = round(roundId);
        List<NationalNominee> nominees = em.createQuery("SELECT n FROM NationalNominee n WHERE n.roundId = :r ORDER BY n.kind, n.id",
                NationalNominee.class).setParameter("r", roundId).getResultList();
        return new Detail(r, lines(nominees));
    }

    @Transactional
    public NomineeDetail nominee(Actor actor, Long nomineeId) {
        actor.requireStaff("reading the China Quality Award step");
        NationalNominee n = nomineeEntity(nomineeId);
        return new NomineeDetail(round(n.getRoundId()), lines(List.of(n)).get(0), sections(n.getId()));
    }

    /** Every nominee's sections of a round, in order, by nominee: one query for the whole package. */
    @Transactional
    public Map<Long, List<NationalSection>> sectionsOf(Actor actor, Long roundId) {
        actor.requireStaff("reading the China Quality Award step");
        return em.createQuery("SELECT s FROM NationalSection s, NationalNominee n WHERE n.id = s.nomineeId AND n.roundId = :r"
                        + " ORDER BY s.nomineeId, s.position, s.id", NationalSection.class).setParameter("r", roundId)
                .getResultList().stream().collect(Collectors.groupingBy(NationalSection::getNomineeId));
    }

    /**
     * The holders of a valid title of the Tianjin Quality Award (the award level) this round does not name yet, each once
     * with its latest title, those on the dishonesty list left out.
     */
    @Transactional
    public List<Candidate> candidates(Actor actor, Long roundId) {
        actor.requireStaff("reading the China Quality Award step");
        round(roundId);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return em.createQuery("SELECT t FROM Title t WHERE t.programme = :p AND t.level = :l AND t.status = :valid"
                        + " AND t.enterpriseId NOT IN (SELECT n.enterpriseId FROM NationalNominee n WHERE n.roundId = :r"
                        + " AND n.kind = :org) ORDER BY t.year DESC, t.enterpriseName", Title.class)
                .setParameter("p", AwardProgramme.CODE).setParameter("l", AwardProgramme.AWARD)
                .setParameter("valid", Title.Status.VALID).setParameter("r", roundId)
                .setParameter("org", NationalNominee.Kind.ORGANISATION).getResultList().stream()
                .filter(t -> seen.add(t.getEnterpriseId()) && !credit.veto(t.getCreditCode(), clock.today()).vetoed())
                .map(t -> new Candidate(t.getId(), t.getYear(), t.getEnterpriseName(), t.getCreditCode(), t.getSubjectName()))
                .toList();
    }

    /** Names a holder of the Tianjin Quality Award as an organisation the bureau recommends. */
    @Transactional
    public NationalNominee addOrganisation(Actor actor, Long roundId, int expectedVersion, Long titleId) {
        actor.requireStaff("recommending for the China Quality Award");
        NationalRound r = preparing(roundId, expectedVersion);
        Title t = titleId == null ? null : em.find(Title.class, titleId);
        if (t == null || !t.getProgramme().equals(AwardProgramme.CODE) || !t.getLevel().equals(AwardProgramme.AWARD)
                || t.getStatus() != Title.Status.VALID) {
            throw BusinessException.onField("candidate", "national.candidate.invalid");
        }
        boolean named = !em.createQuery("SELECT n.id FROM NationalNominee n WHERE n.roundId = :r AND n.kind = :k"
                        + " AND n.enterpriseId = :e", Long.class).setParameter("r", roundId)
                .setParameter("k", NationalNominee.Kind.ORGANISATION).setParameter("e", t.getEnterpriseId()).getResultList().isEmpty();
        if (named) {
            throw BusinessException.onField("candidate", "national.candidate.named", t.getEnterpriseName());
        }
        Enterprise e = em.find(Enterprise.class, t.getEnterpriseId());
        requireHonest(e);
        return add(actor, r, new NationalNominee(r.getId(), NationalNominee.Kind.ORGANISATION, e.getId(), t.getId(), null,
                null, actor.username(), clock.now()), ORGANISATION_SECTIONS, e.getName());
    }

    /** Names a person the award honours, with the role held in an enterprise of the register. */
    @Transactional
    public NationalNominee addPerson(Actor actor, Long roundId, int expectedVersion, String creditCode, String name,
                                     String role) {
        actor.requireStaff("recommending for the China Quality Award");
        NationalRound r = preparing(roundId, expectedVersion);
        String person = Texts.required(name, NAME_MAX, "personName", "national.person.nameRequired");
        String held = Texts.required(role, NAME_MAX, "personRole", "national.person.roleRequired");
        Enterprise e = enterprises.findByCode(Texts.typedCode(creditCode))
                .orElseThrow(() -> BusinessException.onField("personCode", "national.person.enterpriseUnknown"));
        boolean named = !em.createQuery("SELECT n.id FROM NationalNominee n WHERE n.roundId = :r AND n.kind = :k"
                        + " AND n.enterpriseId = :e AND n.personName = :name", Long.class).setParameter("r", roundId)
                .setParameter("k", NationalNominee.Kind.PERSON).setParameter("e", e.getId()).setParameter("name", person)
                .getResultList().isEmpty();
        if (named) {
            throw BusinessException.onField("personName", "national.person.named", person);
        }
        requireHonest(e);
        return add(actor, r, new NationalNominee(r.getId(), NationalNominee.Kind.PERSON, e.getId(), null, person, held,
                actor.username(), clock.now()), PERSON_SECTIONS, person + " (" + e.getName() + ")");
    }

    /** Adds a nominee with its sections, their headings in Chinese: the package goes to the national award as such. */
    private NationalNominee add(Actor actor, NationalRound r, NationalNominee n, List<String> sectionKeys, String who) {
        em.persist(n);
        em.flush();
        int position = 0;
        for (String key : sectionKeys) {
            em.persist(new NationalSection(n.getId(), ++position, Messages.get(Messages.CHINESE, key), ""));
        }
        em.lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(actor, NationalRound.AUDIT_TYPE, r.getId(), "nominee-add", n.getKind() + ": " + who);
        Versions.flush(em);
        return n;
    }

    /** Takes a nominee off a round still being prepared, with its sections and files. */
    @Transactional
    public void remove(Actor actor, Long nomineeId, int expectedVersion) {
        actor.requireStaff("recommending for the China Quality Award");
        NationalNominee n = nomineeEntity(nomineeId);
        Versions.expect(n.getVersion(), expectedVersion);
        NationalRound r = round(n.getRoundId());
        if (!r.isPreparing()) {
            throw new BusinessException("national.round.sent");
        }
        sections(n.getId()).forEach(em::remove);
        attachments.removeAllOf(actor, NationalMaterials.OWNER_TYPE, n.getId());
        em.remove(n);
        em.lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(actor, NationalRound.AUDIT_TYPE, r.getId(), "nominee-remove", n.getKind() + " " + n.getId());
        Versions.flush(em);
    }

    /** Writes a nominee's sections, all given at once (a section left out keeps its text; one given as null is emptied). */
    @Transactional
    public void write(Actor actor, Long nomineeId, int expectedVersion, Map<Long, String> bodies) {
        actor.requireStaff("recommending for the China Quality Award");
        NationalNominee n = nomineeEntity(nomineeId);
        Versions.expect(n.getVersion(), expectedVersion);
        if (!round(n.getRoundId()).isPreparing()) {
            throw new BusinessException("national.round.sent");
        }
        int number = 0;
        List<String> changed = new ArrayList<>();
        for (NationalSection s : sections(n.getId())) {
            number++;
            if (!bodies.containsKey(s.getId())) {
                continue;
            }
            String body = bodies.get(s.getId());
            String text = body == null ? "" : body.strip();
            if (text.length() > BODY_MAX) {
                throw new BusinessException("national.section.tooLong", number, BODY_MAX);
            }
            if (!text.equals(s.getBody())) {
                s.write(text);
                changed.add(s.getHeading() + " (" + text.length() + " characters)");
            }
        }
        if (!changed.isEmpty()) {
            em.lock(n, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            audit.record(actor, NationalNominee.AUDIT_TYPE, n.getId(), "write", String.join("; ", changed));
            Versions.flush(em);
        }
    }

    /** Sends the package: every nominee's every section written; each nominee's enterprise is told in its credit file. */
    @Transactional
    public void send(Actor actor, Long roundId, int expectedVersion) {
        actor.requireStaff("recommending for the China Quality Award");
        NationalRound r = preparing(roundId, expectedVersion);
        Detail d = detail(actor, roundId);
        if (d.nominees().isEmpty()) {
            throw new BusinessException("national.send.empty");
        }
        for (Line l : d.nominees()) {
            if (!l.complete()) {
                throw new BusinessException("national.send.unwritten", l.name());
            }
            // Still eligible on the day it leaves: not listed since, its title not revoked or lapsed meanwhile.
            requireHonest(em.find(Enterprise.class, l.nominee().getEnterpriseId()));
            Title t = l.nominee().getTitleId() == null ? null : em.find(Title.class, l.nominee().getTitleId());
            if (l.nominee().getTitleId() != null && (t == null || t.getStatus() != Title.Status.VALID)) {
                throw new BusinessException("national.send.titleLost", l.name());
            }
            // A text saved at the same moment as the sending fails instead of changing what was sent.
            em.lock(l.nominee(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        r.sent(actor.username(), clock.now());
        Versions.flush(em);
        audit.record(actor, NationalRound.AUDIT_TYPE, r.getId(), "send", d.nominees().size() + " nominees");
        for (Line l : d.nominees()) {
            recommended.fire(new NationalEvents.Recommended(about(r, l), clock.today()));
        }
    }

    /** Records what the national award decided for a nominee of a sent round; once every nominee has one, the round is decided. */
    @Transactional
    public void decide(Actor actor, Long nomineeId, int expectedVersion, NationalNominee.Outcome outcome, LocalDate on,
                       String note) {
        actor.requireStaff("recording the China Quality Award's outcome");
        NationalNominee n = nomineeEntity(nomineeId);
        Versions.expect(n.getVersion(), expectedVersion);
        NationalRound r = round(n.getRoundId());
        if (r.isPreparing()) {
            throw new BusinessException("national.outcome.notSent");
        }
        if (n.getOutcome() != NationalNominee.Outcome.PENDING) {
            throw new BusinessException("national.outcome.recorded");
        }
        if (outcome == null || outcome == NationalNominee.Outcome.PENDING) {
            throw BusinessException.onField("outcome", "national.outcome.required");
        }
        if (on == null || on.isAfter(clock.today()) || on.isBefore(r.getSentAt().toLocalDate())) {
            throw BusinessException.onField("outcomeOn", "national.outcome.date");
        }
        String text = Texts.optional(note, NOTE_MAX, "outcomeNote");
        n.decide(outcome, on, text);
        // Every outcome moves the round's version: of two last outcomes recorded at once, one is told to try again
        // instead of both counting the other as pending and leaving the round undecided.
        em.lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versions.flush(em);
        audit.record(actor, NationalNominee.AUDIT_TYPE, n.getId(), "outcome", outcome + " on " + on + (text == null ? "" : ": " + text));
        long pending = em.createQuery("SELECT COUNT(x) FROM NationalNominee x WHERE x.roundId = :r AND x.outcome = :p", Long.class)
                .setParameter("r", r.getId()).setParameter("p", NationalNominee.Outcome.PENDING).getSingleResult();
        if (pending == 0) {
            r.decided();
            Versions.flush(em);
        }
        decided.fire(new NationalEvents.Decided(about(r, lines(List.of(n)).get(0)), outcome, on, text));
    }

    private NationalEvents.About about(NationalRound r, Line l) {
        NationalNominee n = l.nominee();
        return new NationalEvents.About(n.getId(), r.getEditionNo(), n.getKind(), n.getEnterpriseId(), l.creditCode(),
                l.enterpriseName(), n.getPersonName());
    }

    private void requireHonest(Enterprise e) {
        if (credit.veto(e.getCreditCode(), clock.today()).vetoed()) {
            throw new BusinessException("national.vetoed", e.getName());
        }
    }

    private List<Line> lines(List<NationalNominee> nominees) {
        if (nominees.isEmpty()) {
            return List.of();
        }
        List<Long> ids = nominees.stream().map(NationalNominee::getId).toList();
        List<Long> enterpriseIds = nominees.stream().map(NationalNominee::getEnterpriseId).distinct().toList();
        Map<Long, Object[]> names = em.createQuery("SELECT e.id, e.name, e.creditCode FROM Enterprise e WHERE e.id IN :ids",
                        Object[].class).setParameter("ids", enterpriseIds).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], Function.identity()));
        Map<Long, int[]> counts = new HashMap<>();
        em.createQuery("SELECT s.nomineeId, s.body FROM NationalSection s WHERE s.nomineeId IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(row -> {
                    int[] c = counts.computeIfAbsent((Long) row[0], k -> new int[2]);
                    c[0]++;
                    if (!((String) row[1]).isBlank()) {
                        c[1]++;
                    }
                });
        return nominees.stream().map(n -> {
            Object[] e = names.get(n.getEnterpriseId());
            int[] c = counts.getOrDefault(n.getId(), new int[2]);
            return new Line(n, (String) e[1], (String) e[2], c[0], c[1]);
        }).toList();
    }

    private List<NationalSection> sections(Long nomineeId) {
        return em.createQuery("SELECT s FROM NationalSection s WHERE s.nomineeId = :n ORDER BY s.position, s.id",
                NationalSection.class).setParameter("n", nomineeId).getResultList();
    }

    private NationalRound round(Long id) {
        NationalRound r = id == null ? null : em.find(NationalRound.class, id);
        if (r == null) {
            throw new NotFoundException("national round " + id);
        }
        return r;
    }

    private NationalRound preparing(Long id, int expectedVersion) {
        NationalRound r = round(id);
        Versions.expect(r.getVersion(), expectedVersion);
        if (!r.isPreparing()) {
            throw new BusinessException("national.round.sent");
        }
        return r;
    }

    private NationalNominee nomineeEntity(Long id) {
        NationalNominee n = id == null ? null : em.find(NationalNominee.class, id);
        if (n == null) {
            throw new NotFoundException("national nominee " + id);
        }
        return n;
    }
}
