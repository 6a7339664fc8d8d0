package cn.tianjin.quality.cqo;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.enterprise.SizeClass;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.FieldProblem;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.db.Like;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.privacy.Masks;
import cn.tianjin.quality.platform.privacy.PersonalDataReveal;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.platform.tables.TableRecord;
import cn.tianjin.quality.platform.tables.TableRows;
import cn.tianjin.quality.platform.tables.Tables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CQO filings: the enterprise files its CQO, the bureau returns the filing with reasons or registers it under a
 * registry number, and the registration later changes (duties, team), is replaced by another person's, moves with the
 * person to another enterprise, or is cancelled. Nothing is overwritten: each submission is a {@link Round}, each state
 * and change a {@link TimelineEvent}, each action an audit entry. One enterprise has at most one registered CQO and one
 * person is registered for at most one enterprise (unique keys in the database hold both).
 */
@ApplicationScoped
public class CqoService {
    public static final int REASON_MIN = 4;
    public static final int REASON_MAX = 500;
    public static final int RETURN_REASONS_MAX = 2000;

    @Inject
    cn.tianjin.quality.credit.GradeService grades;

    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    EnterpriseService enterprises;

    @Inject
    AttachmentService attachments;

    @Inject
    IdentityKeys keys;

    @Inject
    PersonalDataReveal reveals;

    @Inject
    Event<CqoEvents.Returned> returnedEvents;

    @Inject
    Event<CqoEvents.Registered> registeredEvents;

    @Inject
    Event<CqoEvents.Changed> changedEvents;

    @Inject
    Event<CqoEvents.Ended> endedEvents;

    // ------------------------------------------------------------------ rules

    /** The qualification rules in force: the newest version. */
    @Transactional
    public RuleSet currentRules() {
        return em.createQuery("SELECT r FROM RuleSet r ORDER BY r.versionNo DESC", RuleSet.class)
                .setMaxResults(1).getSingleResult();
    }

    @Transactional
    public RuleSet rules(Long id) {
        RuleSet r = id == null ? null : em.find(RuleSet.class, id);
        if (r == null) {
            throw new NotFoundException("CQO rule set " + id);
        }
        return r;
    }

    @Transactional
    public List<RuleSet> ruleHistory(Actor actor) {
        actor.requireStaff("reading the CQO rules' history");
        return em.createQuery("SELECT r FROM RuleSet r ORDER BY r.versionNo DESC", RuleSet.class).getResultList();
    }

    /**
     * Saves edited rules as a new version (filings already checked keep theirs); refused when nothing changed or the
     * note saying why is missing.
     */
    @Transactional
    public RuleSet editRules(Actor actor, Map<SizeClass, QualificationRules.Rule> edited, String note) {
        actor.requireStaff("editing the CQO rules");
        String why = note == null ? "" : note.strip();
        if (why.codePointCount(0, why.length()) < REASON_MIN || why.length() > REASON_MAX) {
            throw BusinessException.onField("note", "cqo.rules.note", REASON_MIN, REASON_MAX);
        }
        QualificationRules rules;
        try {
            rules = new QualificationRules(edited);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("cqo.rules.incomplete");
        }
        RuleSet current = currentRules();
        QualificationRules old = current.rules();
        StringBuilder diff = new StringBuilder();
        for (SizeClass size : SizeClass.values()) {
            if (!old.ruleFor(size).equals(rules.ruleFor(size))) {
                diff.append(size).append(": ").append(old.ruleFor(size)).append(" -> ").append(rules.ruleFor(size)).append("; ");
            }
        }
        if (diff.isEmpty()) {
            throw new BusinessException("cqo.rules.unchanged");
        }
        RuleSet next = new RuleSet(current.getVersionNo() + 1, rules, why, actor.username(), clock.now());
        em.persist(next);
        em.flush();
        audit.record(actor, "cqo-rules", next.getVersionNo(), "edit", diff + "note: " + why);
        return next;
    }

    // ------------------------------------------------------------------ filing by the enterprise

    /**
     * The enterprise files a CQO with the appointment letter. Refused, with nothing stored, when a field is wrong,
     * the letter is missing or not a document, another filing of the enterprise awaits the bureau, or the person is
     * already its registered CQO. A person registered for another enterprise is filed as a transfer; a filing while
     * the enterprise has a registered CQO replaces that one once registered.
     */
    @Transactional
    public Filing file(Actor actor, Long enterpriseId, FilingForm form, String letterName, InputStream letter) {
        Enterprise enterprise = enterprises.getFor(actor, enterpriseId);
        if (!actor.belongsTo(enterpriseId)) {
            throw new AccessDeniedException(actor.username() + " filing a CQO for enterprise " + enterpriseId);
        }
        if (enterprise.isOutsideTianjin()) {
            throw new BusinessException("cqo.file.outsideTianjin");
        }
        requireValid(form, true);
        if (letter == null || letterName == null || letterName.isBlank()) {
            throw BusinessException.onField("letter", "cqo.letter.required");
        }
        IdentityVault vault = keys.vault();
        em.find(Enterprise.class, enterpriseId, LockModeType.PESSIMISTIC_WRITE);
        if (pendingOf(enterpriseId).isPresent()) {
            throw new BusinessException("cqo.file.pendingExists");
        }
        Filing f = new Filing(enterpriseId, clock.now());
        takeDetails(f, form, vault);
        linkToRegistered(f);
        check(f, enterprise);
        em.persist(f);
        em.flush();
        f.letter(attachments.store(actor, Filing.AUDIT_TYPE, f.getId(), letterName, letter).getId());
        storeTeam(f.getId(), form.getTeam());
        em.persist(new Round(f, actor.username(), snapshot(f, form.getTeam()), clock.now()));
        timeline(f, TimelineEvent.Kind.FILED, actor, filedDetail(f));
        audit.record(actor, Filing.AUDIT_TYPE, f.getId(), "file", summary(f, enterprise));
        return f;
    }

    /**
     * The enterprise files a returned filing again, corrected: a new round, checked under the rules in force now. An
     * empty identity number keeps the one filed before (of the same kind); a new letter is optional.
     */
    @Transactional
    public Filing fileAgain(Actor actor, Long filingId, int version, FilingForm form, String letterName, InputStream letter) {
        Filing f = ownFiling(actor, filingId);
        Versions.expect(f.getVersion(), version);
        if (f.getStatus() != FilingStatus.RETURNED) {
            throw new BusinessException("cqo.state.notReturned");
        }
        boolean newNumber = form.getIdNumber() != null && !form.getIdNumber().isBlank();
        if (!newNumber && form.getIdKind() != f.getIdKind()) {
            throw BusinessException.onField("idNumber", "cqo.id.kindChanged");
        }
        requireValid(form, false);
        Enterprise enterprise = enterprises.getFor(actor, f.getEnterpriseId());
        Map<String, String> before = FilingText.snapshot(snapshot(f, teamForm(f.getId())));
        if (newNumber) {
            takeDetails(f, form, keys.vault());
        } else {
            f.take(form, f.getIdKind(), f.getIdSealed(), f.getIdHash(), f.getIdMasked());
        }
        linkToRegistered(f);
        check(f, enterprise);
        if (letter != null && letterName != null && !letterName.isBlank()) {
            f.letter(attachments.store(actor, Filing.AUDIT_TYPE, f.getId(), letterName, letter).getId());
        }
        replaceTeam(f.getId(), form.getTeam());
        f.filedAgain(clock.now());
        Versions.flush(em);
        String snapshot = snapshot(f, form.getTeam());
        em.persist(new Round(f, actor.username(), snapshot, clock.now()));
        String changed = changedFields(before, FilingText.snapshot(snapshot));
        timeline(f, TimelineEvent.Kind.FILED_AGAIN, actor, detail("round", String.valueOf(f.getRoundNo()), "changed", changed));
        audit.record(actor, Filing.AUDIT_TYPE, f.getId(), "file-again", "round " + f.getRoundNo() + ", changed: " + changed);
        return f;
    }

    /** The enterprise withdraws a filing the bureau has not accepted. */
    @Transactional
    public Filing withdraw(Actor actor, Long filingId, int version) {
        Filing f = ownFiling(actor, filingId);
        Versions.expect(f.getVersion(), version);
        if (!f.getStatus().pending()) {
            throw new BusinessException("cqo.state.notPending");
        }
        if (f.getStatus() == FilingStatus.FILED) {
            currentRound(f).decide(Round.Decision.WITHDRAWN, actor.username(), null, clock.now());
        }
        f.withdrawn(clock.now());
        Versions.flush(em);
        timeline(f, TimelineEvent.Kind.WITHDRAWN, actor, "");
        audit.record(actor, Filing.AUDIT_TYPE, f.getId(), "withdraw", "round " + f.getRoundNo());
        return f;
    }

    // ------------------------------------------------------------------ the bureau's check

    /** The bureau returns a filing to the enterprise, saying what to correct. */
    @Transactional
    public Filing returnFiling(Actor actor, Long filingId, int version, String reasons) {
        actor.requireStaff("checking CQO filings");
        Filing f = find(filingId);
        Versions.expect(f.getVersion(), version);
        if (f.getStatus() != FilingStatus.FILED) {
            throw new BusinessException("cqo.state.notFiled");
        }
        String why = reason(reasons, "reasons", RETURN_REASONS_MAX);
        currentRound(f).decide(Round.Decision.RETURNED, actor.username(), why, clock.now());
        f.returned(clock.now());
        Versions.flush(em);
        timeline(f, TimelineEvent.Kind.RETURNED, actor, detail("reasons", why));
        audit.record(actor, Filing.AUDIT_TYPE, f.getId(), "return", "round " + f.getRoundNo() + ": " + why);
        returnedEvents.fire(new CqoEvents.Returned(about(f), why));
        return f;
    }

    /**
     * The bureau registers a filing that meets the rules: the next registry number of this year in the enterprise's
     * district; the enterprise's registered CQO before it ends as replaced, and the person's registration at another
     * enterprise ends as transferred.
     */
    @Transactional
    public Filing register(Actor actor, Long filingId, int version) {
        actor.requireStaff("checking CQO filings");
        Filing f = find(filingId);
        Versions.expect(f.getVersion(), version);
        if (f.getStatus() != FilingStatus.FILED) {
            throw new BusinessException("cqo.state.notFiled");
        }
        if (!f.isRuleMet()) {
            throw new BusinessException("cqo.register.rulesNotMet");
        }
        Enterprise enterprise = em.find(Enterprise.class, f.getEnterpriseId(), LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = clock.today();
        LocalDateTime now = clock.now();
        Optional<Filing> previous = registeredAt(f.getEnterpriseId());
        Optional<Filing> elsewhere = registeredPerson(f.getIdHash()).filter(p -> !p.getEnterpriseId().equals(f.getEnterpriseId()));
        List<CqoEvents.Ended> ends = new ArrayList<>();
        previous.ifPresent(p -> ends.add(end(actor, p, EndKind.REPLACED, true, null, f.getId(), today, now)));
        elsewhere.ifPresent(p -> ends.add(end(actor, p, EndKind.TRANSFERRED, true, null, f.getId(), today, now)));
        em.flush(); // the unique keys of the registered: the ended ones give theirs up before this one takes them
        RegistryNumber number = nextNumber(today.getYear(), enterprise.getDistrictCode());
        currentRound(f).decide(Round.Decision.ACCEPTED, actor.username(), null, now);
        f.links(previous.map(Filing::getId).orElse(null), elsewhere.map(Filing::getId).orElse(null));
        f.registered(number, today, now);
        Versions.flush(em);
        timeline(f, TimelineEvent.Kind.REGISTERED, actor, detail("number", number.toString()));
        audit.record(actor, Filing.AUDIT_TYPE, f.getId(), "register", number + " " + summary(f, enterprise));
        ends.forEach(endedEvents::fire);
        registeredEvents.fire(new CqoEvents.Registered(about(f), today));
        return f;
    }

    private RegistryNumber nextNumber(int year, String districtCode) {
        String district = districtCode.substring(4);
        // the district's row serialises registrations in one district, so two officials never take the same sequence
        em.createNativeQuery("SELECT code FROM district WHERE code = ? FOR UPDATE").setParameter(1, districtCode).getResultList();
        Integer last = em.createQuery("SELECT MAX(f.registrySeq) FROM Filing f WHERE f.registryYear = :y AND f.registryDistrict = :d",
                        Integer.class)
                .setParameter("y", year).setParameter("d", district).getSingleResult();
        int next = last == null ? 1 : last + 1;
        if (next > 9999) {
            throw new BusinessException("cqo.register.sequenceFull", year, districtCode);
        }
        return RegistryNumber.of(year, districtCode, next);
    }

    // ------------------------------------------------------------------ changes of a registration

    /** The enterprise (or the bureau) records new duties or a new quality team of the registered CQO. */
    @Transactional
    public Filing change(Actor actor, Long filingId, int version, String duties, List<FilingForm.Member> team) {
        Filing f = visibleFiling(actor, filingId);
        if (!actor.isStaff() && !actor.belongsTo(f.getEnterpriseId())) {
            throw new AccessDeniedException(actor.username() + " changing CQO filing " + filingId);
        }
        Versions.expect(f.getVersion(), version);
        if (f.getStatus() != FilingStatus.REGISTERED) {
            throw new BusinessException("cqo.state.notRegistered");
        }
        FilingForm form = new FilingForm();
        form.setDuties(duties);
        form.setTeam(team == null ? new ArrayList<>() : new ArrayList<>(team));
        List<FieldProblem> problems = new ArrayList<>(FilingCheck.teamProblems(form));
        String newDuties = duties == null ? "" : duties.strip();
        if (newDuties.isEmpty()) {
            problems.add(0, new FieldProblem("duties", "cqo.field.required"));
        } else if (newDuties.codePointCount(0, newDuties.length()) > FilingCheck.DUTIES_MAX) {
            problems.add(0, new FieldProblem("duties", "cqo.field.tooLong", FilingCheck.DUTIES_MAX));
        }
        FieldProblem.refuse(problems);
        String teamBefore = teamText(teamForm(f.getId()));
        String teamAfter = teamText(form.getTeam());
        boolean dutiesChanged = !newDuties.equals(f.getDuties());
        boolean teamChanged = !teamBefore.equals(teamAfter);
        if (!dutiesChanged && !teamChanged) {
            throw new BusinessException("cqo.change.nothing");
        }
        LocalDateTime now = clock.now();
        List<String> what = new ArrayList<>();
        if (dutiesChanged) {
            timeline(f, TimelineEvent.Kind.DUTIES_CHANGED, actor, detail("before", f.getDuties(), "after", newDuties));
            f.duties(newDuties, now);
            what.add("duties");
        }
        if (teamChanged) {
            replaceTeam(f.getId(), form.getTeam());
            timeline(f, TimelineEvent.Kind.TEAM_CHANGED, actor, detail("before", teamBefore, "after", teamAfter));
            what.add("team");
        }
        if (!dutiesChanged) {
            f.duties(f.getDuties(), now);
        }
        Versions.flush(em);
        audit.record(actor, Filing.AUDIT_TYPE, f.getId(), "change", String.join(", ", what));
        changedEvents.fire(new CqoEvents.Changed(about(f), String.join(", ", what), clock.today()));
        return f;
    }

    /** The enterprise or the bureau cancels a registration, with a reason; the filing and its history stay. */
    @Transactional
    public Filing cancel(Actor actor, Long filingId, int version, String reason) {
        Filing f = visibleFiling(actor, filingId);
        if (!actor.isStaff() && !actor.belongsTo(f.getEnterpriseId())) {
            throw new AccessDeniedException(actor.username() + " cancelling CQO filing " + filingId);
        }
        Versions.expect(f.getVersion(), version);
        if (f.getStatus() != FilingStatus.REGISTERED) {
            throw new BusinessException("cqo.state.notRegistered");
        }
        String why = reason(reason, "reason", REASON_MAX);
        CqoEvents.Ended ended = end(actor, f, EndKind.CANCELLED, actor.isStaff(), why, null, clock.today(), clock.now());
        Versions.flush(em);
        endedEvents.fire(ended);
        return f;
    }

    private CqoEvents.Ended end(Actor actor, Filing f, EndKind kind, boolean byBureau, String reason, Long successor,
                                LocalDate on, LocalDateTime now) {
        f.ended(kind, byBureau, reason, successor, on, now);
        TimelineEvent.Kind line = switch (kind) {
            case REPLACED -> TimelineEvent.Kind.REPLACED;
            case TRANSFERRED -> TimelineEvent.Kind.TRANSFERRED;
            case CANCELLED -> TimelineEvent.Kind.CANCELLED;
        };
        timeline(f, line, actor, reason == null ? "" : detail("reason", reason));
        audit.record(actor, Filing.AUDIT_TYPE, f.getId(), "end",
                kind + (byBureau ? " by the bureau" : " by the enterprise") + (reason == null ? "" : ": " + reason)
                        + (successor == null ? "" : ", succeeded by filing " + successor));
        return new CqoEvents.Ended(about(f), kind, byBureau, reason, on);
    }

    // ------------------------------------------------------------------ the identity number

    /** Shows an official the identity number whole, for a stated reason that goes to the audit log. */
    @Transactional
    public String revealIdentity(Actor actor, Long filingId, String reason) {
        actor.requireStaff("revealing a CQO's identity number");
        Filing f = find(filingId);
        reveals.reveal(actor, PersonalDataReveal.IDENTITY_ACTION, Filing.AUDIT_TYPE, f.getId(), Masks.name(f.getPersonName()), reason);
        return keys.vault().open(f.getIdKind(), f.getIdSealed());
    }

    /** What a batch of re-sealing did: the last filing id it read (-1: none left), how many it sealed again, and how many
     * it could not open (sealed under a key no longer configured). */
    public record Resealed(long lastId, int resealed, int unreadable) {
    }

    /**
     * Re-seals under the current key up to {@code max} identity numbers, of filings after {@code afterId}, sealed under
     * an older key (after a key rotation). Each row is changed only if it still holds what was read, so two instances
     * starting together do not undo each other; one audit entry per batch that changed something.
     */
    @Transactional
    public Resealed resealBatch(long afterId, int max) {
        IdentityVault vault = keys.vault();
        List<Filing> stale = em.createQuery("SELECT f FROM Filing f WHERE f.id > :after AND f.idSealed NOT LIKE :current"
                        + " ORDER BY f.id", Filing.class)
                .setParameter("after", afterId).setParameter("current", Like.escape(vault.currentPrefix()) + "%")
                .setMaxResults(max).getResultList();
        int done = 0;
        int unreadable = 0;
        for (Filing f : stale) {
            String clear;
            try {
                clear = vault.open(f.getIdKind(), f.getIdSealed());
            } catch (IllegalArgumentException e) {
                unreadable++;
                continue;
            }
            done += em.createQuery("UPDATE Filing f SET f.idSealed = :n WHERE f.id = :id AND f.idSealed = :o")
                    .setParameter("n", vault.seal(f.getIdKind(), clear)).setParameter("id", f.getId())
                    .setParameter("o", f.getIdSealed()).executeUpdate();
        }
        if (done > 0) {
            audit.record(Actor.system(), "cqo-keys", vault.currentPrefix(), "reseal",
                    done + " identity numbers sealed again under the current key");
        }
        return new Resealed(stale.isEmpty() ? -1 : stale.get(stale.size() - 1).getId(), done, unreadable);
    }

    // ------------------------------------------------------------------ reading

    /** A filing its enterprise or staff may see; anyone else is told it does not exist. */
    @Transactional
    public Filing get(Actor actor, Long filingId) {
        return visibleFiling(actor, filingId);
    }

    /** The enterprise's filings, newest first. */
    @Transactional
    public List<Filing> ofEnterprise(Actor actor, Long enterpriseId) {
        enterprises.getFor(actor, enterpriseId);
        return em.createQuery("SELECT f FROM Filing f WHERE f.enterpriseId = :e ORDER BY f.id DESC", Filing.class)
                .setParameter("e", enterpriseId).getResultList();
    }

    @Transactional
    public List<TeamMember> team(Actor actor, Long filingId) {
        visibleFiling(actor, filingId);
        return teamOf(filingId);
    }

    @Transactional
    public List<Round> rounds(Actor actor, Long filingId) {
        visibleFiling(actor, filingId);
        return em.createQuery("SELECT r FROM Round r WHERE r.filingId = :f ORDER BY r.roundNo DESC", Round.class)
                .setParameter("f", filingId).getResultList();
    }

    /**
     * The timeline of a filing, newest first, with the lines of the filings it replaced or took over and of those that
     * replaced it, so the enterprise's and the person's whole story reads in one place.
     */
    @Transactional
    public List<TimelineEvent> timeline(Actor actor, Long filingId) {
        Filing f = visibleFiling(actor, filingId);
        List<Long> ids = new ArrayList<>(List.of(f.getId()));
        for (Long linked : new Long[] {f.getReplacesFilingId(), f.getSucceededById()}) {
            if (linked != null) {
                Filing l = em.find(Filing.class, linked);
                if (l != null && (actor.isStaff() || actor.belongsTo(l.getEnterpriseId()))) {
                    ids.add(linked);
                }
            }
        }
        return em.createQuery("SELECT t FROM TimelineEvent t WHERE t.filingId IN :ids ORDER BY t.occurredAt DESC, t.id DESC",
                        TimelineEvent.class)
                .setParameter("ids", ids).getResultList();
    }

    /** A line of the bureau's queue: the filing and its enterprise. */
    public record QueueLine(Filing filing, String enterpriseName, String creditCode, String districtCode,
                            SizeClass size) implements Serializable {
    }

    /** Filings in a state, oldest first (the bureau's queue: what waits longest comes first). */
    @Transactional
    public List<QueueLine> queue(Actor actor, FilingStatus status, int first, int max) {
        actor.requireStaff("reading the CQO filings");
        return em.createQuery("SELECT f, e.name, e.creditCode, e.districtCode, e.size FROM Filing f, Enterprise e"
                                + " WHERE e.id = f.enterpriseId AND f.status = :s ORDER BY f.filedAt, f.id", Object[].class)
                .setParameter("s", status).setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(r -> new QueueLine((Filing) r[0], (String) r[1], (String) r[2], (String) r[3], (SizeClass) r[4]))
                .toList();
    }

    /** How many filings are in each state, every state named (one grouped count). */
    @Transactional
    public Map<FilingStatus, Long> counts(Actor actor) {
        actor.requireStaff("reading the CQO filings");
        Map<FilingStatus, Long> out = new java.util.EnumMap<>(FilingStatus.class);
        for (FilingStatus s : FilingStatus.values()) {
            out.put(s, 0L);
        }
        for (Object[] r : em.createQuery("SELECT f.status, COUNT(f) FROM Filing f GROUP BY f.status", Object[].class)
                .getResultList()) {
            out.put((FilingStatus) r[0], (Long) r[1]);
        }
        return out;
    }

    /** Enterprises with a registered CQO now (the figure against the city's target of 500). */
    @Transactional
    public long registeredEnterprises() {
        return em.createQuery("SELECT COUNT(f) FROM Filing f WHERE f.status = :s", Long.class)
                .setParameter("s", FilingStatus.REGISTERED).getSingleResult();
    }

    // ------------------------------------------------------------------ imports

    /** What an import did: rows stored and filings matched, or the problems of a file of which nothing was stored. */
    public record ImportReport(int stored, int matched, List<RowError> errors) implements Serializable {
        public boolean ok() {
            return errors.isEmpty();
        }
    }


    /**
     * Imports a training body's list of completions, all rows or none: each row's identity number is kept only as its
     * keyed hash, and the filings of the same person are found through it; a filing awaiting the bureau that fell short
     * only of the training is checked again.
     */
    @Transactional
    public ImportReport importTraining(Actor actor, String fileName, byte[] content) {
        actor.requireStaff("importing CQO training");
        List<RowError> errors = new ArrayList<>();
        List<TableRecord> records = TableRows.read(content, CqoTables.MAX_ROWS, errors);
        if (!errors.isEmpty()) {
            return new ImportReport(0, 0, errors);
        }
        CqoTables.Parsed<CqoTables.TrainingRow> parsed = CqoTables.training(records, clock.today());
        if (!parsed.ok()) {
            return new ImportReport(0, 0, parsed.errors());
        }
        IdentityVault vault = keys.vault();
        Map<CqoTables.TrainingRow, String> hashes = new LinkedHashMap<>();
        for (CqoTables.TrainingRow row : parsed.rows()) {
            String hash = vault.matchHash(row.kind(), row.number());
            boolean known = em.createQuery("SELECT COUNT(t) FROM TrainingRecord t WHERE t.idHash = :h AND t.certificateNo = :c",
                            Long.class).setParameter("h", hash).setParameter("c", row.certificate()).getSingleResult() > 0;
            if (known) {
                errors.add(RowError.of(row.line(), CqoTables.TrainingColumn.CERTIFICATE.chineseHeader(), "cqo.import.trainingKnown",
                        row.certificate()));
            }
            hashes.put(row, hash);
        }
        if (!errors.isEmpty()) {
            return new ImportReport(0, 0, errors);
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        hashes.forEach((row, hash) -> em.persist(new TrainingRecord(row.kind(), hash, Masks.name(row.name()), row.certificate(),
                row.completedOn(), row.body(), name, clock.now(), actor.username())));
        em.flush();
        int matched = 0;
        for (Map.Entry<CqoTables.TrainingRow, String> e : hashes.entrySet()) {
            List<Filing> filings = em.createQuery("SELECT f FROM Filing f WHERE f.idHash = :h", Filing.class)
                    .setParameter("h", e.getValue()).getResultList();
            for (Filing f : filings) {
                matched++;
                timeline(f, TimelineEvent.Kind.TRAINING_MATCHED, actor, detail("certificate", e.getKey().certificate(),
                        "trainingBody", e.getKey().body(), "completedOn", String.valueOf(e.getKey().completedOn())));
                if (f.getStatus().pending() && !f.isRuleMet()) {
                    check(f, em.find(Enterprise.class, f.getEnterpriseId()));
                }
            }
        }
        audit.record(actor, "cqo-training", name, "import", hashes.size() + " completions from " + name + ", " + matched
                + " filings matched");
        return new ImportReport(hashes.size(), matched, List.of());
    }

    /**
     * Imports CQOs enterprises registered before the portal, all rows or none: each becomes a registration of its
     * enterprise (which must be in the portal's register, in Tianjin, without a registered CQO) under a registry number
     * of its registration year, with the round and timeline saying it was imported; the credit file gets its line.
     */
    @Transactional
    public ImportReport importExisting(Actor actor, String fileName, byte[] content) {
        actor.requireStaff("importing CQO registrations");
        List<RowError> errors = new ArrayList<>();
        List<TableRecord> records = TableRows.read(content, CqoTables.MAX_ROWS, errors);
        if (!errors.isEmpty()) {
            return new ImportReport(0, 0, errors);
        }
        CqoTables.Parsed<CqoTables.ExistingRow> parsed = CqoTables.existing(records, clock.today());
        if (!parsed.ok()) {
            return new ImportReport(0, 0, parsed.errors());
        }
        IdentityVault vault = keys.vault();
        Map<CqoTables.ExistingRow, Enterprise> targets = new LinkedHashMap<>();
        String codeColumn = CqoTables.ExistingColumn.CODE.chineseHeader();
        for (CqoTables.ExistingRow row : parsed.rows()) {
            Optional<Enterprise> e = enterprises.findByCode(row.creditCode());
            String hash = vault.matchHash(row.form().getIdKind(), row.form().getIdNumber());
            if (e.isEmpty() || e.get().isOutsideTianjin()) {
                errors.add(e.isEmpty() ? RowError.of(row.line(), codeColumn, "cqo.import.enterpriseUnknown", row.creditCode())
                        : RowError.of(row.line(), codeColumn, "cqo.file.outsideTianjin"));
                continue;
            }
            Optional<Filing> atEnterprise = registeredAt(e.get().getId());
            Optional<Filing> person = atEnterprise.isPresent() ? Optional.empty() : registeredPerson(hash);
            if (atEnterprise.isPresent()) {
                errors.add(RowError.of(row.line(), codeColumn, "cqo.import.enterpriseHasCqo", atEnterprise.get().getRegistryNumber()));
            } else if (person.isPresent()) {
                errors.add(RowError.of(row.line(), CqoTables.ExistingColumn.ID_NUMBER.chineseHeader(), "cqo.import.personRegistered",
                        person.get().getRegistryNumber()));
            } else if (row.registeredOn().isBefore(row.form().getAppointedOn())) {
                errors.add(RowError.of(row.line(), CqoTables.ExistingColumn.REGISTERED_ON.chineseHeader(),
                        "cqo.import.registeredBeforeAppointed"));
            } else {
                targets.put(row, e.get());
            }
        }
        if (!errors.isEmpty()) {
            return new ImportReport(0, 0, errors);
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        List<CqoEvents.Registered> registrations = new ArrayList<>();
        for (Map.Entry<CqoTables.ExistingRow, Enterprise> t : targets.entrySet()) {
            CqoTables.ExistingRow row = t.getKey();
            Enterprise enterprise = t.getValue();
            Filing f = new Filing(enterprise.getId(), clock.now());
            List<FilingForm.Member> noTeam = List.of();
            takeDetails(f, row.form(), vault);
            check(f, enterprise);
            em.persist(f);
            em.flush();
            Round round = new Round(f, actor.username(), snapshot(f, noTeam), clock.now());
            round.decide(Round.Decision.ACCEPTED, actor.username(), null, clock.now());
            em.persist(round);
            RegistryNumber number = nextNumber(row.registeredOn().getYear(), enterprise.getDistrictCode());
            f.registered(number, row.registeredOn(), clock.now());
            em.flush();
            timeline(f, TimelineEvent.Kind.REGISTERED, actor, detail("number", number.toString(), "imported", name));
            audit.record(actor, Filing.AUDIT_TYPE, f.getId(), "import", number + " " + summary(f, enterprise) + " from " + name);
            registrations.add(new CqoEvents.Registered(about(f), row.registeredOn()));
        }
        grades.inBulk(() -> {
            registrations.forEach(registeredEvents::fire);
            return null;
        });
        return new ImportReport(targets.size(), 0, List.of());
    }

    // ------------------------------------------------------------------ figures

    /** Enterprises with a registered CQO now, by one attribute of the enterprise (district code, industry or size). */
    public record Count(String key, long enterprises) implements Serializable {
    }

    /** How many enterprises had a registered CQO at the end of a year (today, for this year). */
    public record YearEnd(int year, LocalDate on, long enterprises) implements Serializable {
    }

    public record Figures(long registered, List<Count> byDistrict, List<Count> byIndustry, List<Count> bySize,
                          List<YearEnd> byYear) implements Serializable {
    }

    /**
     * The figures against the city's target: enterprises with a registered CQO now, by district, industry and size, and
     * at the end of each year since the first registration (a registration counts in the years it was in force).
     */
    @Transactional
    public Figures figures(Actor actor) {
        actor.requireStaff("reading the CQO figures");
        long registered = registeredEnterprises();
        List<Count> byDistrict = grouped("e.districtCode");
        List<Count> byIndustry = grouped("e.industry");
        List<Count> bySize = grouped("e.size");
        return new Figures(registered, byDistrict, byIndustry, bySize, yearEnds());
    }

    /** Enterprises with a CQO in force at the end of each year since the first registration, this year up to today. */
    @Transactional
    public List<YearEnd> yearEnds() {
        Integer first = em.createQuery("SELECT MIN(f.registryYear) FROM Filing f", Integer.class).getSingleResult();
        List<YearEnd> byYear = new ArrayList<>();
        LocalDate today = clock.today();
        for (int y = first == null ? today.getYear() : first; y <= today.getYear(); y++) {
            LocalDate end = y == today.getYear() ? today : LocalDate.of(y, 12, 31);
            long n = em.createQuery("SELECT COUNT(f) FROM Filing f WHERE f.registeredOn <= :d"
                            + " AND (f.endedOn IS NULL OR f.endedOn > :d)", Long.class)
                    .setParameter("d", end).getSingleResult();
            byYear.add(new YearEnd(y, end, n));
        }
        return byYear;
    }

    private List<Count> grouped(String attribute) {
        return em.createQuery("SELECT " + attribute + ", COUNT(f) FROM Filing f, Enterprise e WHERE e.id = f.enterpriseId"
                        + " AND f.status = :s GROUP BY " + attribute + " ORDER BY COUNT(f) DESC, " + attribute, Object[].class)
                .setParameter("s", FilingStatus.REGISTERED).getResultList().stream()
                .map(r -> new Count(String.valueOf(r[0]), (Long) r[1])).toList();
    }

    // ------------------------------------------------------------------ the public registry

    /** A line of the public registry: the enterprise, the CQO's name masked, the number and since when. */
    public record RegistryLine(String enterpriseName, String creditCode, String districtCode, String maskedName,
                               String registryNumber, LocalDate since) implements Serializable {
    }

    public record Registry(long total, List<RegistryLine> lines) implements Serializable {
    }

    /**
     * The registered CQOs, newest first, found by part of the enterprise's name, its full credit code or a registry
     * number as typed, and by district; paged in the database. Open to anyone: it holds nothing but what the registry
     * publishes.
     */
    @Transactional
    public Registry registry(String text, String districtCode, int first, int max) {
        String q = text == null || text.isBlank() ? null : text.strip();
        String number = RegistryNumber.parse(q).map(RegistryNumber::toString).orElse(null);
        String code = q == null ? null : q.toUpperCase(java.util.Locale.ROOT);
        String district = districtCode == null || districtCode.isBlank() ? null : districtCode.strip();
        String where = " FROM Filing f, Enterprise e WHERE e.id = f.enterpriseId AND f.status = :s"
                + (district == null ? "" : " AND e.districtCode = :d")
                + (q == null ? "" : " AND (e.name LIKE :like OR e.creditCode = :code OR f.registryNumber = :number)");
        var count = em.createQuery("SELECT COUNT(f)" + where, Long.class);
        var rows = em.createQuery("SELECT e.name, e.creditCode, e.districtCode, f.personName, f.registryNumber, f.registeredOn"
                + where + " ORDER BY f.registeredOn DESC, f.id DESC", Object[].class);
        for (var query : List.of(count, rows)) {
            query.setParameter("s", FilingStatus.REGISTERED);
            if (district != null) {
                query.setParameter("d", district);
            }
            if (q != null) {
                query.setParameter("like", Like.contains(q)).setParameter("code", code)
                        .setParameter("number", number);
            }
        }
        List<RegistryLine> lines = rows.setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(r -> new RegistryLine((String) r[0], (String) r[1], (String) r[2], Masks.name((String) r[3]),
                        (String) r[4], (LocalDate) r[5]))
                .toList();
        return new Registry(count.getSingleResult(), lines);
    }

    // ------------------------------------------------------------------ inside

    private Filing find(Long id) {
        Filing f = id == null ? null : em.find(Filing.class, id);
        if (f == null) {
            throw new NotFoundException("CQO filing " + id);
        }
        return f;
    }

    private Filing visibleFiling(Actor actor, Long id) {
        Filing f = find(id);
        if (!actor.isStaff() && !actor.belongsTo(f.getEnterpriseId())) {
            throw new NotFoundException("CQO filing " + id + " for " + actor.username());
        }
        return f;
    }

    private Filing ownFiling(Actor actor, Long id) {
        Filing f = visibleFiling(actor, id);
        if (!actor.belongsTo(f.getEnterpriseId())) {
            throw new AccessDeniedException(actor.username() + " acting for the enterprise of CQO filing " + id);
        }
        return f;
    }

    private Optional<Filing> pendingOf(Long enterpriseId) {
        return em.createQuery("SELECT f FROM Filing f WHERE f.enterpriseId = :e AND f.status IN :s", Filing.class)
                .setParameter("e", enterpriseId).setParameter("s", List.of(FilingStatus.FILED, FilingStatus.RETURNED))
                .getResultStream().findFirst();
    }

    private Optional<Filing> registeredAt(Long enterpriseId) {
        return em.createQuery("SELECT f FROM Filing f WHERE f.activeEnterpriseId = :e", Filing.class)
                .setParameter("e", enterpriseId).getResultStream().findFirst();
    }

    private Optional<Filing> registeredPerson(String hash) {
        return em.createQuery("SELECT f FROM Filing f WHERE f.activePersonHash = :h", Filing.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    private Round currentRound(Filing f) {
        return em.createQuery("SELECT r FROM Round r WHERE r.filingId = :f AND r.roundNo = :n", Round.class)
                .setParameter("f", f.getId()).setParameter("n", f.getRoundNo()).getSingleResult();
    }

    private void requireValid(FilingForm form, boolean idRequired) {
        FieldProblem.refuse(FilingCheck.problems(form, clock.today(), idRequired));
    }


    private void takeDetails(Filing f, FilingForm form, IdentityVault vault) {
        IdentityDocument kind = form.getIdKind();
        String number = form.getIdNumber();
        f.take(form, kind, vault.seal(kind, number), vault.matchHash(kind, number), Masks.identity(number));
        form.setIdNumber(null);
    }

    /** Links a filing to the registration it would replace at its enterprise; refuses filing the registered CQO again. */
    private void linkToRegistered(Filing f) {
        Optional<Filing> current = registeredAt(f.getEnterpriseId());
        if (current.isPresent() && IdentityVault.sameHash(current.get().getIdHash(), f.getIdHash())) {
            throw BusinessException.onField("idNumber", "cqo.file.alreadyRegistered", current.get().getRegistryNumber());
        }
        Optional<Filing> elsewhere = registeredPerson(f.getIdHash());
        f.links(current.map(Filing::getId).orElse(null), elsewhere.map(Filing::getId).orElse(null));
    }

    /** Checks a filing under the rules in force; training counts as done with a certificate number or a matching record. */
    private void check(Filing f, Enterprise enterprise) {
        RuleSet rules = currentRules();
        boolean trained = f.getTrainingCertificate() != null || !trainingOf(f.getIdHash()).isEmpty();
        QualificationRules.Outcome outcome = rules.rules().check(enterprise.getSize(), new QualificationRules.Candidate(
                f.getEducation(), f.getYearsQuality(), trained));
        f.checked(rules.getId(), outcome.met(), FilingText.shortfalls(outcome.shortfalls()));
    }

    private List<TrainingRecord> trainingOf(String idHash) {
        return em.createQuery("SELECT t FROM TrainingRecord t WHERE t.idHash = :h ORDER BY t.completedOn DESC", TrainingRecord.class)
                .setParameter("h", idHash).getResultList();
    }

    /** The training completions imported for the person of a filing, newest first. */
    @Transactional
    public List<TrainingRecord> training(Actor actor, Long filingId) {
        return trainingOf(visibleFiling(actor, filingId).getIdHash());
    }

    private void storeTeam(Long filingId, List<FilingForm.Member> team) {
        int i = 0;
        for (FilingForm.Member m : team) {
            em.persist(new TeamMember(filingId, i++, m.getName(), m.getRole(), m.getQualification()));
        }
    }

    private void replaceTeam(Long filingId, List<FilingForm.Member> team) {
        em.createQuery("DELETE FROM TeamMember t WHERE t.filingId = :f").setParameter("f", filingId).executeUpdate();
        storeTeam(filingId, team);
    }

    private List<TeamMember> teamOf(Long filingId) {
        return em.createQuery("SELECT t FROM TeamMember t WHERE t.filingId = :f ORDER BY t.positionNo", TeamMember.class)
                .setParameter("f", filingId).getResultList();
    }

    private List<FilingForm.Member> teamForm(Long filingId) {
        return teamOf(filingId).stream()
                .map(t -> new FilingForm.Member(t.getName(), t.getRole(), t.getQualification()))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static String teamText(List<FilingForm.Member> team) {
        return team.stream().map(m -> m.getName() + "（" + m.getRole() + "，" + m.getQualification() + "）")
                .collect(Collectors.joining("；"));
    }

    /** What a round shows of the filing, the identity number masked. */
    private static String snapshot(Filing f, List<FilingForm.Member> team) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("personName", f.getPersonName());
        m.put("idKind", f.getIdKind().name());
        m.put("idNumber", f.getIdMasked());
        m.put("education", f.getEducation().name());
        m.put("professionalTitle", f.getProfessionalTitle());
        m.put("positionTitle", f.getPositionTitle());
        m.put("reportsTo", f.getReportsTo());
        m.put("yearsQuality", String.valueOf(f.getYearsQuality()));
        m.put("trainingCertificate", f.getTrainingCertificate());
        m.put("appointedOn", String.valueOf(f.getAppointedOn()));
        m.put("duties", f.getDuties());
        m.put("letter", String.valueOf(f.getLetterId()));
        m.put("team", teamText(team));
        return FilingText.snapshot(m);
    }

    private static String changedFields(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((k, v) -> {
            if (!Objects.equals(before.get(k), v)) {
                changed.add(k);
            }
        });
        return String.join(",", changed);
    }

    private String filedDetail(Filing f) {
        Map<String, String> d = new LinkedHashMap<>();
        if (f.getReplacesFilingId() != null) {
            d.put("replaces", em.find(Filing.class, f.getReplacesFilingId()).getRegistryNumber());
        }
        if (f.getTransferFromId() != null) {
            d.put("transferFrom", em.find(Filing.class, f.getTransferFromId()).getRegistryNumber());
        }
        d.put("rules", String.valueOf(f.isRuleMet()));
        return FilingText.snapshot(d);
    }

    /** A timeline line's detail: named values, shown by the page with labels in the reader's language. */
    private static String detail(String... namesAndValues) {
        Map<String, String> d = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            d.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return FilingText.snapshot(d);
    }

    private static String summary(Filing f, Enterprise e) {
        return e.getCreditCode() + " " + Masks.name(f.getPersonName()) + " " + f.getIdKind() + " " + f.getIdMasked()
                + ", rules " + f.getRuleSetId() + (f.isRuleMet() ? " met" : " not met");
    }

    private void timeline(Filing f, TimelineEvent.Kind kind, Actor actor, String detail) {
        em.persist(new TimelineEvent(f.getId(), kind, actor.username(), detail, clock.now()));
    }

    private CqoEvents.About about(Filing f) {
        Enterprise e = em.find(Enterprise.class, f.getEnterpriseId());
        return new CqoEvents.About(f.getId(), f.getEnterpriseId(), e.getCreditCode(), Masks.name(f.getPersonName()),
                f.getRegistryNumber());
    }

    private static String reason(String raw, String field, int max) {
        String why = raw == null ? "" : raw.strip();
        if (why.codePointCount(0, why.length()) < REASON_MIN) {
            throw BusinessException.onField(field, "cqo.reason.required", REASON_MIN);
        }
        if (why.codePointCount(0, why.length()) > max) {
            throw BusinessException.onField(field, "cqo.field.tooLong", max);
        }
        return why;
    }
}
