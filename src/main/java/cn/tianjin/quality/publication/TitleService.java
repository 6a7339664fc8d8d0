package cn.tianjin.quality.publication;

import cn.tianjin.quality.credit.CreditEvents;
import cn.tianjin.quality.credit.SpotCheckEvents;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.enterprise.Industry;
import cn.tianjin.quality.enterprise.SizeClass;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.db.Like;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.platform.tables.TableRecord;
import cn.tianjin.quality.platform.tables.TableRows;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published titles of every programme: issuing them with their certificate serials, the public directory and
 * certificate verification, the holders' own titles, their validity and revocation. A revocation case is opened by an
 * official, or by the portal when a holder is put on the dishonesty list; an official decides it. A revoked or expired
 * title stays in the directory with its status, as does its certificate.
 */
@ApplicationScoped
public class TitleService {
    private static final int MAX_TEXT = 2000;

    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    TitleSchemes schemes;

    @Inject
    AuditLog audit;

    @Inject
    EnterpriseService enterprises;

    @Inject
    Event<TitleEvents.Awarded> awarded;

    @Inject
    Event<TitleEvents.CaseOpened> caseOpened;

    @Inject
    Event<TitleEvents.CaseDecided> caseDecided;

    @Inject
    Event<TitleEvents.Expired> expired;

    @Inject
    Event<TitleEvents.Suspended> suspended;

    @Inject
    Event<TitleEvents.Reinstated> reinstated;

    /**
     * A title to publish, as the programme's workflow hands it over: who holds it and for what, at which level, from and
     * until when ({@code validUntil} null: it does not lapse).
     */
    public record Draft(String programme, Long campaignId, Long applicationId, Long enterpriseId, String creditCode,
                        String enterpriseName, String subjectName, String level, int year, String approvalDocument,
                        LocalDate publishedOn, LocalDate validFrom, LocalDate validUntil) {
    }

    /**
     * What the public may filter a programme's directory by; nulls and blanks mean "any". {@code standing} is a
     * {@link Title.Status} of a title given now, or {@link #HISTORICAL} for the titles of a level no longer given.
     */
    public record Filter(String programme, Integer year, String level, String text, String standing)
            implements Serializable {
        public Filter(String programme, Integer year, String level, String text) {
            this(programme, year, level, text, null);
        }
    }

    /** The directory's standing of the titles of a level no longer given (天津市名牌产品). */
    public static final String HISTORICAL = "HISTORICAL";

    /** What the directory may be filtered by: each status of a title given now, then the history. */
    public static List<String> standings() {
        List<String> out = new ArrayList<>();
        for (Title.Status s : Title.Status.values()) {
            out.add(s.name());
        }
        out.add(HISTORICAL);
        return out;
    }

    /** An open or decided case with the title it concerns, for the officials' list. */
    public record CaseLine(RevocationCase revocation, Title title) implements Serializable {
    }

    /** What an import of earlier titles came to: how many were stored, or every problem and none stored. */
    public record ImportReport(int stored, List<RowError> errors) implements Serializable {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** One page of a directory with the number of matches and the years to filter by. */
    public record Directory(List<Title> rows, long total, List<Integer> years) {
    }

    /**
     * Publishes a title with the next serial of its programme, year and level; the unique key on the serial stops two
     * publications taking the same one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Title issue(Actor actor, Draft d) {
        return issue(actor, d, null);
    }

    /** Publishes a title as {@link #issue(Actor, Draft)}, issued by {@code issuer} (null: the programme's own issuer). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Title issue(Actor actor, Draft d, String issuer) {
        TitleScheme scheme = schemes.get(d.programme());
        if (scheme.historical(d.level())) {
            throw new IllegalArgumentException(d.level() + " is history: no longer given, never issued or renewed");
        }
        long taken = em.createQuery("SELECT COUNT(t) FROM Title t WHERE t.programme = :p AND t.year = :y AND t.level = :l",
                        Long.class)
                .setParameter("p", d.programme()).setParameter("y", d.year()).setParameter("l", d.level()).getSingleResult();
        Title t = new Title(d, scheme.serials().of(d.year(), scheme.letterOf(d.level()), (int) taken + 1));
        t.issuedBy(issuer);
        em.persist(t);
        em.flush();
        audit.record(actor, Title.AUDIT_TYPE, t.getId(), "create", t.getSerial() + " " + t.getCreditCode() + " " + t.getLevel()
                + (t.getValidUntil() == null ? "" : ", valid until " + t.getValidUntil()) + (issuer == null ? "" : ", issued by " + issuer));
        awarded.fire(new TitleEvents.Awarded(TitleEvents.About.of(t), d.publishedOn(), false));
        return t;
    }

    /**
     * Records the titles a programme gave before the portal from a CSV or XLSX file, all rows or none: every problem of
     * the file is reported with its line and column, including an enterprise not in the register and a title recorded
     * already (the same enterprise, level and year). The titles get no serial of the portal; one whose validity ended
     * is recorded as expired. Each lands in the holder's credit file, without a message to the holder. A level no
     * longer given (天津市名牌产品) takes only titles of the years it was given.
     */
    @Transactional
    public ImportReport importEarlier(Actor actor, String programme, String fileName, byte[] content) {
        actor.requireStaff("importing titles");
        TitleScheme scheme = schemes.get(programme);
        List<RowError> errors = new ArrayList<>();
        List<TableRecord> records = TableRows.read(content, TitleTables.MAX_ROWS, errors);
        if (!errors.isEmpty()) {
            return new ImportReport(0, errors);
        }
        TitleTables.Parsed parsed = TitleTables.read(records, levelNames(scheme), clock.today());
        if (!parsed.ok()) {
            return new ImportReport(0, parsed.errors());
        }
        String codeColumn = TitleTables.Column.CODE.chineseHeader();
        Map<TitleTables.Row, Enterprise> holders = new LinkedHashMap<>();
        for (TitleTables.Row row : parsed.rows()) {
            Optional<Enterprise> e = enterprises.findByCode(row.creditCode());
            Optional<Title> recorded = e.isEmpty() ? Optional.empty() : em.createQuery("SELECT t FROM Title t WHERE"
                            + " t.programme = :p AND t.enterpriseId = :e AND t.level = :l AND t.year = :y", Title.class)
                    .setParameter("p", programme).setParameter("e", e.get().getId()).setParameter("l", row.level())
                    .setParameter("y", row.year()).getResultStream().findFirst();
            TitleScheme.Level level = scheme.levels().stream().filter(l -> l.code().equals(row.level())).findFirst()
                    .orElseThrow();
            if (level.historical() && row.year() > level.lastYear()) {
                errors.add(RowError.of(row.line(), TitleTables.Column.YEAR.chineseHeader(), "title.import.levelEnded",
                        Messages.get(Messages.CHINESE, "title.level." + level.code()), String.valueOf(level.lastYear()),
                        String.valueOf(row.year())));
            } else if (e.isEmpty()) {
                errors.add(RowError.of(row.line(), codeColumn, "title.import.enterpriseUnknown", row.creditCode()));
            } else if (recorded.isPresent()) {
                errors.add(RowError.of(row.line(), null, "title.import.recorded", recorded.get().getNumber(),
                        recorded.get().getYear()));
            } else {
                holders.put(row, e.get());
            }
        }
        if (!errors.isEmpty()) {
            return new ImportReport(0, errors);
        }
        String source = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        for (Map.Entry<TitleTables.Row, Enterprise> h : holders.entrySet()) {
            TitleTables.Row row = h.getKey();
            Title t = new Title(new Draft(programme, null, null, h.getValue().getId(), row.creditCode(), row.enterpriseName(),
                    row.subject(), row.level(), row.year(), row.approvalDocument(), row.publishedOn(), row.publishedOn(),
                    row.validUntil()), null);
            t.imported(row.certificateNumber(), clock.today());
            em.persist(t);
            em.flush();
            audit.record(actor, Title.AUDIT_TYPE, t.getId(), "import", t.getCreditCode() + " " + t.getLevel() + " " + t.getYear()
                    + (t.getOriginalNumber() == null ? "" : " No. " + t.getOriginalNumber()) + " from " + source);
            awarded.fire(new TitleEvents.Awarded(TitleEvents.About.of(t), row.publishedOn(), true));
        }
        return new ImportReport(holders.size(), List.of());
    }

    /** Each way a level of the scheme may be written in a file: its code and its names in both languages. */
    private static Map<String, String> levelNames(TitleScheme scheme) {
        Map<String, String> names = new LinkedHashMap<>();
        for (TitleScheme.Level l : scheme.levels()) {
            names.put(l.code(), l.code());
            names.put(Messages.get(Messages.CHINESE, "title.level." + l.code()), l.code());
            names.put(Messages.get(Messages.ENGLISH, "title.level." + l.code()), l.code());
        }
        return names;
    }

    /** What the count of a programme's holders at some of its levels needs of each of their titles. */
    @Transactional
    public List<Holders.Held> held(String programme, List<String> levels) {
        return em.createQuery("SELECT t.enterpriseId, t.status, t.year FROM Title t WHERE t.programme = :p AND t.level IN :l",
                        Object[].class)
                .setParameter("p", programme).setParameter("l", levels).getResultList().stream()
                .map(r -> new Holders.Held((Long) r[0], (Title.Status) r[1], (Integer) r[2])).toList();
    }

    /** Everything a directory page shows, read in one transaction. */
    @Transactional
    public Directory directoryPage(Filter f, int first, int max) {
        List<Title> rows = where(f, "SELECT t FROM Title t", Title.class, " ORDER BY t.year DESC, t.level, t.serial")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
        long total = where(f, "SELECT COUNT(t) FROM Title t", Long.class, "").getSingleResult();
        List<Integer> years = em.createQuery("SELECT DISTINCT t.year FROM Title t WHERE t.programme = :p ORDER BY t.year DESC",
                        Integer.class)
                .setParameter("p", f.programme()).getResultList();
        return new Directory(rows, total, years);
    }

    /** The title a certificate serial belongs to, if the serial is well formed and issued. */
    @Transactional
    public Optional<Title> verify(String serial) {
        if (!CertificateSerial.isWellFormed(serial)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM Title t WHERE t.serial = :s", Title.class)
                .setParameter("s", CertificateSerial.normalise(serial)).getResultStream().findFirst();
    }

    /** The titles of the caller's enterprise (applicants) or of any enterprise (staff), of every programme. */
    @Transactional
    public List<Title> ofEnterprise(Actor actor, Long enterpriseId) {
        if (!actor.isStaff() && !actor.belongsTo(enterpriseId)) {
            throw new cn.tianjin.quality.platform.AccessDeniedException(actor.username() + " reading titles of enterprise "
                    + enterpriseId);
        }
        return em.createQuery("SELECT t FROM Title t WHERE t.enterpriseId = :e ORDER BY t.year DESC, t.id DESC", Title.class)
                .setParameter("e", enterpriseId).getResultList();
    }

    /** Every title an enterprise holds or held, by its credit code, newest first: what its public profile shows. */
    @Transactional
    public List<Title> ofCode(String creditCode) {
        return em.createQuery("SELECT t FROM Title t WHERE t.creditCode = :c ORDER BY t.year DESC, t.id DESC", Title.class)
                .setParameter("c", creditCode).getResultList();
    }

    /** The title of an application, if one was published. */
    @Transactional
    public Optional<Title> ofApplication(String programme, Long applicationId) {
        return em.createQuery("SELECT t FROM Title t WHERE t.programme = :p AND t.applicationId = :a", Title.class)
                .setParameter("p", programme).setParameter("a", applicationId).getResultStream().findFirst();
    }

    /** A title by serial for its holder or staff, as the certificate download needs it. */
    @Transactional
    public Title forCertificate(Actor actor, String serial) {
        Title t = verify(serial).orElseThrow(() -> new NotFoundException("certificate " + serial));
        if (!actor.isStaff() && !actor.belongsTo(t.getEnterpriseId())) {
            throw new NotFoundException("certificate " + serial + " for " + actor.username());
        }
        return t;
    }

    /** Years in which the enterprise received the programme's title at a level, revoked titles excluded. */
    @Transactional
    public List<Integer> years(String programme, Long enterpriseId, String level) {
        return em.createQuery("SELECT t.year FROM Title t WHERE t.programme = :p AND t.enterpriseId = :e AND t.level = :l"
                        + " AND t.status <> :revoked ORDER BY t.year", Integer.class)
                .setParameter("p", programme).setParameter("e", enterpriseId).setParameter("l", level)
                .setParameter("revoked", Title.Status.REVOKED).getResultList();
    }

    /**
     * What officials filter the titles list by, each null for any: the programme, the holder's district, industry and
     * size, the year, and whether only the titles that count (not revoked) are shown.
     */
    public record StaffFilter(String programme, String district, Industry industry, SizeClass size, Integer year,
                              boolean counted) implements Serializable {
        public static StaffFilter of(String programme) {
            return new StaffFilter(programme, null, null, null, null, false);
        }
    }

    /** The titles an official's filter selects, of every programme when it names none. */
    @Transactional
    public List<Title> all(Actor actor, StaffFilter f) {
        actor.requireStaff("managing titles");
        StringBuilder q = new StringBuilder("SELECT t FROM Title t WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.programme() != null) {
            q.append(" AND t.programme = :p");
            params.put("p", f.programme());
        }
        if (f.year() != null) {
            q.append(" AND t.year = :y");
            params.put("y", f.year());
        }
        if (f.counted()) {
            q.append(" AND t.status <> :revoked");
            params.put("revoked", Title.Status.REVOKED);
            if (f.programme() != null) {
                q.append(" AND t.level IN :levels");
                params.put("levels", currentLevels(f.programme()));
            }
        }
        if (f.district() != null || f.industry() != null || f.size() != null) {
            q.append(" AND EXISTS (SELECT e FROM Enterprise e WHERE e.id = t.enterpriseId");
            if (f.district() != null) {
                q.append(" AND e.districtCode = :d");
                params.put("d", f.district());
            }
            if (f.industry() != null) {
                q.append(" AND e.industry = :i");
                params.put("i", f.industry());
            }
            if (f.size() != null) {
                q.append(" AND e.size = :s");
                params.put("s", f.size());
            }
            q.append(")");
        }
        TypedQuery<Title> query = em.createQuery(q.append(" ORDER BY t.programme, t.year DESC, t.level, t.serial").toString(),
                Title.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * Each title of a programme that counts (not revoked, of a level given now: the history is counted apart) with what
     * its holder is: for the figures by attribute.
     */
    @Transactional
    public List<Holders.Attributed> counted(String programme) {
        return em.createQuery("SELECT t.enterpriseId, t.year, e.districtCode, e.industry, e.size FROM Title t, Enterprise e"
                        + " WHERE e.id = t.enterpriseId AND t.programme = :p AND t.status <> :revoked AND t.level IN :levels",
                        Object[].class)
                .setParameter("p", programme).setParameter("revoked", Title.Status.REVOKED)
                .setParameter("levels", currentLevels(programme)).getResultList().stream()
                .map(r -> new Holders.Attributed((Long) r[0], (Integer) r[1], (String) r[2],
                        r[3] == null ? null : ((Industry) r[3]).name(), r[4] == null ? null : ((SizeClass) r[4]).name()))
                .toList();
    }

    @Transactional
    public List<CaseLine> cases(Actor actor) {
        actor.requireStaff("managing titles");
        return em.createQuery("SELECT r, t FROM RevocationCase r, Title t WHERE t.id = r.titleId"
                        + " ORDER BY r.status DESC, r.openedAt DESC, r.id DESC", Object[].class)
                .getResultList().stream().map(r -> new CaseLine((RevocationCase) r[0], (Title) r[1])).toList();
    }

    /** An official opens a revocation case; refused when the title is no longer held or already has an open case. */
    @Transactional
    public RevocationCase open(Actor actor, Long titleId, String grounds) {
        return open(actor, titleId, RevocationCase.Origin.OFFICIAL, grounds);
    }

    /** The grounds an official may open a case on; the others are the portal's own. */
    public static final java.util.Set<RevocationCase.Origin> OFFICIAL_GROUNDS = java.util.EnumSet.of(
            RevocationCase.Origin.OFFICIAL, RevocationCase.Origin.ACCIDENT, RevocationCase.Origin.FRAUD);

    /** An official opens a case on one of {@link #OFFICIAL_GROUNDS} (a major quality accident, fraud, other grounds). */
    @Transactional
    public RevocationCase open(Actor actor, Long titleId, RevocationCase.Origin ground, String grounds) {
        actor.requireStaff("managing titles");
        if (ground == null || !OFFICIAL_GROUNDS.contains(ground)) {
            throw BusinessException.onField("caseGround", "revocation.ground.required");
        }
        Title t = title(titleId);
        String text = Texts.required(grounds, MAX_TEXT, "grounds", "revocation.grounds.required");
        return openCase(actor, t, ground, null, text);
    }

    /** A holder put on the dishonesty list: a case opens against each title it holds. */
    void onListed(@Observes CreditEvents.Listed listed) {
        for (Title t : held(listed.creditCode())) {
            if (!hasOpenCase(t.getId())) {
                openCase(Actor.system(), t, RevocationCase.Origin.DISHONESTY, listed.entryId(),
                        Messages.get(Messages.CHINESE, "revocation.grounds.dishonesty", listed.reason(), listed.listedOn()));
            }
        }
    }

    /**
     * A holder failed a supervisory spot check: the bureau is to weigh whether the title still stands, so a case opens
     * against each title it holds (unless one is open already); the officials decide it as any other case.
     */
    void onSpotCheckFailed(@Observes SpotCheckEvents.Failed failed) {
        SpotCheckEvents.About a = failed.about();
        for (Title t : held(a.creditCode())) {
            if (!hasOpenCase(t.getId())) {
                openCase(Actor.system(), t, RevocationCase.Origin.SPOT_CHECK, null, Messages.get(Messages.CHINESE,
                        "revocation.grounds.spotCheck", a.product(), a.batch(), a.checkedOn(), failed.failedItems()));
            }
        }
    }

    private List<Title> held(String creditCode) {
        return em.createQuery("SELECT t FROM Title t WHERE t.creditCode = :c AND t.status IN :held", Title.class)
                .setParameter("c", creditCode)
                .setParameter("held", List.of(Title.Status.VALID, Title.Status.SUSPENDED)).getResultList();
    }

    /** Decides a case: revoking marks the title and its certificate revoked from today; the holder is told either way. */
    @Transactional
    public RevocationCase decide(Actor actor, Long caseId, int expectedVersion, boolean revoke, String reason) {
        actor.requireStaff("managing titles");
        RevocationCase r = caseId == null ? null : em.find(RevocationCase.class, caseId);
        if (r == null) {
            throw new NotFoundException("revocation case " + caseId);
        }
        Versions.expect(r.getVersion(), expectedVersion);
        if (r.getStatus() != RevocationCase.Status.OPEN) {
            throw new BusinessException("revocation.alreadyDecided");
        }
        String text = Texts.required(reason, MAX_TEXT, "decision", "revocation.decision.required");
        Title t = title(r.getTitleId());
        r.decided(revoke, text, actor.username(), clock.now());
        if (revoke) {
            t.revoked(clock.today(), text);
        }
        Versions.flush(em);
        audit.record(actor, Title.AUDIT_TYPE, t.getId(), revoke ? "revoke" : "keep", "case " + r.getId() + ": " + text);
        caseDecided.fire(new TitleEvents.CaseDecided(TitleEvents.About.of(t), revoke, text, clock.today(), r.getOrigin()));
        return r;
    }

    /**
     * Suspends a valid title for the reason given (bureau staff, or the portal's own jobs): the certificate no longer
     * verifies as valid and the holder is told; refused for a title not valid now. Audited.
     */
    @Transactional
    public Title suspend(Actor actor, Long titleId, String reason) {
        actor.requireStaff("suspending a title");
        String text = Texts.required(reason, MAX_TEXT, "reason", "title.suspend.reasonRequired");
        Title t = locked(titleId);
        if (t.getStatus() != Title.Status.VALID) {
            throw new BusinessException("title.suspend.notValid");
        }
        t.suspended(clock.today(), text);
        audit.record(actor, Title.AUDIT_TYPE, t.getId(), "suspend", text);
        suspended.fire(new TitleEvents.Suspended(TitleEvents.About.of(t), text, clock.today()));
        return t;
    }

    /** Lifts a suspension (the cause remedied): the title holds again until its own end. Audited, the holder told. */
    @Transactional
    public Title reinstate(Actor actor, Long titleId, String reason) {
        actor.requireStaff("reinstating a title");
        String text = Texts.required(reason, MAX_TEXT, "reason", "title.reinstate.reasonRequired");
        Title t = locked(titleId);
        if (t.getStatus() != Title.Status.SUSPENDED) {
            throw new BusinessException("title.reinstate.notSuspended");
        }
        t.reinstated();
        audit.record(actor, Title.AUDIT_TYPE, t.getId(), "reinstate", text);
        reinstated.fire(new TitleEvents.Reinstated(TitleEvents.About.of(t), text, clock.today()));
        return t;
    }

    /** The title, its row locked for the change about to be made. */
    private Title locked(Long titleId) {
        Title t = titleId == null ? null : em.find(Title.class, titleId, LockModeType.PESSIMISTIC_WRITE);
        if (t == null) {
            throw new NotFoundException("title " + titleId);
        }
        return t;
    }

    /**
     * Marks every valid or suspended title whose validity ended before {@code today} as expired, each audited and told; returns how
     * many. Safe to run on every instance of a cluster at once and again: each title is read under a row lock and
     * expired only if still valid, so a second run finds nothing left to do.
     */
    @Transactional
    public int expireDue(LocalDate today) {
        List<Long> due = em.createQuery("SELECT t.id FROM Title t WHERE t.status IN :held AND t.validUntil < :today ORDER BY t.id",
                        Long.class)
                .setParameter("held", List.of(Title.Status.VALID, Title.Status.SUSPENDED)).setParameter("today", today)
                .getResultList();
        int done = 0;
        for (Long id : due) {
            Title t = em.find(Title.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (t.getStatus().isHeld() && t.lapsedBefore(today)) {
                t.expired();
                audit.record(Actor.system(), Title.AUDIT_TYPE, t.getId(), "expire", "valid until " + t.getValidUntil());
                expired.fire(new TitleEvents.Expired(TitleEvents.About.of(t), t.getValidUntil().plusDays(1)));
                done++;
            }
        }
        return done;
    }

    private RevocationCase openCase(Actor actor, Title t, RevocationCase.Origin origin, Long entryId, String grounds) {
        if (!t.getStatus().isHeld()) {
            throw new BusinessException("revocation.alreadyRevoked");
        }
        if (hasOpenCase(t.getId())) {
            throw new BusinessException("revocation.caseOpen");
        }
        RevocationCase r = new RevocationCase(t.getId(), origin, entryId,
                grounds.length() > MAX_TEXT ? grounds.substring(0, MAX_TEXT) : grounds, actor.username(), clock.now());
        em.persist(r);
        em.flush();
        audit.record(actor, Title.AUDIT_TYPE, t.getId(), "revocation-open", origin + ": " + r.getGrounds());
        caseOpened.fire(new TitleEvents.CaseOpened(TitleEvents.About.of(t), r.getGrounds()));
        return r;
    }

    private boolean hasOpenCase(Long titleId) {
        return em.createQuery("SELECT COUNT(r) FROM RevocationCase r WHERE r.titleId = :t AND r.status = :s", Long.class)
                .setParameter("t", titleId).setParameter("s", RevocationCase.Status.OPEN).getSingleResult() > 0;
    }

    private Title title(Long id) {
        Title t = id == null ? null : em.find(Title.class, id);
        if (t == null) {
            throw new NotFoundException("title " + id);
        }
        return t;
    }

    /** The titles of a level no longer given, as recorded from the bureau's files: how many, of how many enterprises. */
    public record History(String programme, String level, long titles, long enterprises) implements Serializable {
    }

    /** Every programme's history (天津市名牌产品), level by level; revoked titles left out, lapsed ones kept. */
    @Transactional
    public List<History> history() {
        List<History> out = new ArrayList<>();
        for (TitleScheme scheme : schemes.all()) {
            for (TitleScheme.Level level : scheme.levels()) {
                if (!level.historical()) {
                    continue;
                }
                Object[] r = em.createQuery("SELECT COUNT(t), COUNT(DISTINCT t.enterpriseId) FROM Title t WHERE"
                                + " t.programme = :p AND t.level = :l AND t.status <> :revoked", Object[].class)
                        .setParameter("p", scheme.code()).setParameter("l", level.code())
                        .setParameter("revoked", Title.Status.REVOKED).getSingleResult();
                out.add(new History(scheme.code(), level.code(), (Long) r[0], (Long) r[1]));
            }
        }
        return out;
    }

    /** The codes of a programme's levels given now; a level no longer given is history and counted apart. */
    private List<String> currentLevels(String programme) {
        List<String> codes = schemes.get(programme).currentLevels().stream().map(TitleScheme.Level::code).toList();
        return codes.isEmpty() ? List.of("") : codes;
    }

    private <T> TypedQuery<T> where(Filter f, String select, Class<T> type, String order) {
        StringBuilder q = new StringBuilder(select).append(" WHERE t.programme = :p");
        String text = f.text() == null || f.text().isBlank() ? null : f.text().strip();
        String level = f.level() == null || f.level().isBlank() ? null : f.level();
        String standing = standings().contains(f.standing()) ? f.standing() : null;
        if (f.year() != null) {
            q.append(" AND t.year = :y");
        }
        if (level != null) {
            q.append(" AND t.level = :l");
        }
        if (HISTORICAL.equals(standing)) {
            q.append(" AND t.level NOT IN :current");
        } else if (standing != null) {
            q.append(" AND t.status = :s AND t.level IN :current");
        }
        if (text != null) {
            q.append(" AND (t.enterpriseName LIKE :q OR t.subjectName LIKE :q OR t.creditCode = :code)");
        }
        TypedQuery<T> query = em.createQuery(q.append(order).toString(), type).setParameter("p", f.programme());
        if (f.year() != null) {
            query.setParameter("y", f.year());
        }
        if (level != null) {
            query.setParameter("l", level);
        }
        if (standing != null) {
            query.setParameter("current", currentLevels(f.programme()));
            if (!HISTORICAL.equals(standing)) {
                query.setParameter("s", Title.Status.valueOf(standing));
            }
        }
        if (text != null) {
            query.setParameter("q", Like.contains(text)).setParameter("code", text.toUpperCase());
        }
        return query;
    }
}
