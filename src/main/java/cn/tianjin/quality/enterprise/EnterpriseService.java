package cn.tianjin.quality.enterprise;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.reference.Districts;
import cn.tianjin.quality.platform.db.Like;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.ApplicantAccountService;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The enterprise register: self-registration, access requests, officials' search and corrections. */
@ApplicationScoped
public class EnterpriseService {
    @Inject
    PortalClock clock;

    /** Object type of the register's audit entries. */
    public static final String AUDIT_TYPE = "enterprise";

    @PersistenceContext
    EntityManager em;

    @Inject
    Districts districts;

    @Inject
    ApplicantAccountService applicantAccounts;

    @Inject
    AuditLog audit;

    @Inject
    NotificationService notifications;

    @Inject
    Event<EnterpriseRegistered> registered;

    @Inject
    RegisterCounts counts;

    /** Keys of a search text joined at most, rarest first: each narrows the candidates less than the one before. */
    private static final int SEARCH_KEYS = 3;
    /** Keys of a search text whose holders are counted: a long text is narrowed as well by a few spread over it. */
    private static final int KEYS_COUNTED = 6;
    /** A key held by more enterprises than this is common: reading every name is then cheaper than its candidates. */
    private static final int COMMON_KEY = 5_000;
    /** Rows of one INSERT: a native statement's parameters cost more than linearly (50,000 names: 27 s at 500, 14 s at 100). */
    private static final int GRAM_ROWS_PER_INSERT = 100;

    /** The first user of a registering enterprise. */
    public record FirstUser(String username, String displayName, String email, String phone, String password,
                            String locale) {
    }

    /**
     * Registers an enterprise and its first user (who becomes the enterprise's administrator). The credit code is
     * checked digit by digit; a code already registered is refused with the way to ask for access.
     */
    @Transactional
    public Enterprise register(Enterprise draft, FirstUser user) {
        String code = requireValidCode(draft.getCreditCode());
        if (findByCode(code).isPresent()) {
            throw BusinessException.onField("creditCode", "enterprise.code.taken", code);
        }
        requireDistrict(draft.getDistrictCode());
        Enterprise e = persistNew(code, draft);
        UserAccount first = applicantAccounts.registerApplicant(e.getId(), user.username(), user.displayName(), user.email(),
                user.phone(), user.password(), user.locale());
        audit.record(first.actor(), AUDIT_TYPE, e.getId(), "register",
                "code=" + code + ", name=" + e.getName() + (e.isOutsideTianjin() ? ", outside Tianjin" : ""));
        registered.fire(new EnterpriseRegistered(e.getId(), code, e.getName(), clock.today(), e.isOutsideTianjin()));
        return e;
    }

    /** An enterprise without a self-registered user, for the demo loader and test fixtures; accounts are made separately. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Enterprise createWithoutUser(Enterprise draft) {
        String code = requireValidCode(draft.getCreditCode());
        Enterprise e = persistNew(code, draft);
        audit.record(Actor.system(), AUDIT_TYPE, e.getId(), "create-demo", "code=" + code + ", name=" + e.getName());
        registered.fire(new EnterpriseRegistered(e.getId(), code, e.getName(), e.getFoundedOn().isAfter(clock.today())
                ? clock.today() : clock.today().minusDays(30), e.isOutsideTianjin()));
        return e;
    }

    private Enterprise persistNew(String code, Enterprise draft) {
        Enterprise e = new Enterprise();
        e.setCreditCode(code);
        e.copyEditableFrom(draft);
        e.setOutsideTianjin(!CreditCode.isTianjin(code));
        e.setCreatedAt(clock.now());
        em.persist(e);
        em.flush();
        storeNameGrams(Map.of(e.getId(), e.getName()));
        return e;
    }

    /** Checks a credit code and returns it normalised, or throws with the exact problem. */
    public static String requireValidCode(String raw) {
        CreditCode.Check check = CreditCode.check(raw);
        if (check.problem() != CreditCode.Problem.NONE) {
            throw BusinessException.onField("creditCode", check.messageKey(), check.messageArgs());
        }
        return check.code();
    }

    /** Anyone may ask an already registered enterprise's administrators for an account; they are notified. */
    @Transactional
    public AccessRequest requestAccess(String creditCode, AccessRequest draft) {
        String code = requireValidCode(creditCode);
        Enterprise e = findByCode(code).orElseThrow(() -> BusinessException.onField("creditCode", "enterprise.code.unknown", code));
        AccessRequest r = new AccessRequest();
        r.setEnterpriseId(e.getId());
        r.setName(draft.getName().trim());
        r.setEmail(draft.getEmail().trim());
        r.setPhone(draft.getPhone());
        r.setMessage(draft.getMessage());
        r.setCreatedAt(clock.now());
        em.persist(r);
        em.flush();
        audit.record(Actor.anonymous(), AccessRequest.AUDIT_TYPE, r.getId(), "create",
                "enterprise=" + e.getId() + ", name=" + r.getName() + ", email=" + r.getEmail());
        for (UserAccount admin : applicantAccounts.membersOf(e.getId())) {
            if (admin.isEnterpriseAdmin()) {
                notifications.notify(admin.getId(), admin.getLocale(), "notify.accessRequest.subject",
                        "notify.accessRequest.body", "/enterprise/profile", r.getName(), r.getEmail(),
                        r.getMessage() == null ? "" : r.getMessage());
                notifications.mail(admin.getEmail(), admin.getLocale(), "notify.accessRequest.subject",
                        "notify.accessRequest.body", r.getName(), r.getEmail(), r.getMessage() == null ? "" : r.getMessage());
            }
        }
        return r;
    }

    @Transactional
    public Optional<Enterprise> findByCode(String code) {
        return em.createQuery("SELECT e FROM Enterprise e WHERE e.creditCode = :c", Enterprise.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /**
     * An enterprise as seen by the caller: applicants reach only their own, staff any. Anything else is refused
     * the same way as a missing id, so ids cannot be probed.
     */
    @Transactional
    public Enterprise getFor(Actor actor, Long id) {
        Enterprise e = id == null ? null : em.find(Enterprise.class, id);
        if (e == null) {
            throw new NotFoundException("enterprise " + id);
        }
        if (!actor.isStaff() && !actor.belongsTo(id)) {
            throw new AccessDeniedException(actor.username() + " asked for enterprise " + id);
        }
        return e;
    }

    /** Officials correct an enterprise's details; every changed field is audited with its old and new value. */
    @Transactional
    public Enterprise correct(Actor actor, Enterprise edited) {
        actor.requireStaff("correcting enterprise " + edited.getId());
        Enterprise e = getFor(actor, edited.getId());
        Versions.expect(e.getVersion(), edited.getVersion());
        requireDistrict(edited.getDistrictCode());
        Enterprise before = e.copy();
        e.copyEditableFrom(edited);
        String changes = e.differencesFrom(before);
        if (!changes.isEmpty()) {
            Versions.flush(em);
            if (!e.getName().equals(before.getName())) {
                em.createNativeQuery("DELETE FROM enterprise_name_gram WHERE enterprise_id = ?1")
                        .setParameter(1, e.getId()).executeUpdate();
                storeNameGrams(Map.of(e.getId(), e.getName()));
            }
            audit.record(actor, AUDIT_TYPE, e.getId(), "correct", changes);
        }
        return e;
    }

    public record Filter(String text, String districtCode, Industry industry) {
        /** Nothing to filter by: the whole register, as the list first opens. */
        public boolean empty() {
            return (text == null || text.isBlank()) && !byDistrict() && industry == null;
        }

        boolean byDistrict() {
            return districtCode != null && !districtCode.isBlank();
        }

        /** The same search written one way: the text trimmed, blanks as nothing chosen. */
        Filter normalised() {
            return new Filter(text == null || text.isBlank() ? null : text.trim(), byDistrict() ? districtCode : null,
                    industry);
        }
    }

    /** Officials' search, paged and counted in the database (a search's count kept, {@link RegisterCounts}). */
    @Transactional
    public List<Enterprise> search(Actor actor, Filter f, int first, int max, String sortField, boolean ascending) {
        actor.requireStaff("searching enterprises");
        String order = switch (sortField == null ? "" : sortField) {
            case "creditCode" -> "e.creditCode";
            case "createdAt" -> "e.createdAt";
            case "districtCode" -> "e.districtCode";
            default -> "e.name";
        };
        String direction = ascending ? " ASC" : " DESC";
        // Ids first, then their rows: the ids of a deep page come from the sort column's index alone, where selecting
        // whole rows with an offset made MariaDB sort the whole table (50,000 enterprises: 0.3 ms against 200 ms).
        // Credit codes are unique and need no tie-break; with one MariaDB sorted the whole table instead of reading
        // the unique index, which it does not see as ending in the id as it does the other indexes.
        String tieBreak = order.equals("e.creditCode") ? "" : ", e.id" + direction;
        List<Long> ids = filtered(f, "SELECT e.id FROM Enterprise e", " ORDER BY " + order + direction + tieBreak,
                Long.class, order.equals("e.name") ? (long) first + max : 0).setFirstResult(first).setMaxResults(max)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Enterprise> rows = em.createQuery("SELECT e FROM Enterprise e WHERE e.id IN :ids", Enterprise.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(Enterprise::getId, e -> e));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    @Transactional
    public long count(Actor actor, Filter f) {
        actor.requireStaff("searching enterprises");
        return f.empty() ? registerSize() : counts.found(f,
                () -> filtered(f, "SELECT COUNT(e) FROM Enterprise e", "", Long.class, 0).getSingleResult());
    }

    private long registerSize() {
        return counts.size(() -> em.createQuery("SELECT COUNT(e) FROM Enterprise e", Long.class).getSingleResult());
    }

    /**
     * The query of the filters given; {@code nameReach}, for a page sorted by name, is the rows up to the page's end
     * (0 otherwise), so a name search may read the name index in order when that is cheaper than its candidates.
     */
    private <T> TypedQuery<T> filtered(Filter f, String select, String order, Class<T> type, long nameReach) {
        var where = new ArrayList<String>();
        var params = new LinkedHashMap<String, Object>();
        String text = f.normalised().text();
        if (text != null) {
            boolean onlyText = !f.byDistrict() && f.industry() == null;
            textCondition(text, where, params, onlyText ? nameReach : 0);
        }
        if (f.byDistrict()) {
            where.add("e.districtCode = :district");
            params.put("district", f.districtCode());
        }
        if (f.industry() != null) {
            where.add("e.industry = :industry");
            params.put("industry", f.industry());
        }
        // Only the conditions given: "(:x IS NULL OR ...)" made MariaDB read and sort the whole table even unfiltered.
        TypedQuery<T> q = em.createQuery(select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order,
                type);
        params.forEach(q::setParameter);
        return q;
    }

    /**
     * The search text finds names containing it (as LIKE does) or a credit code equal to it. A name search reads only
     * the enterprises holding the text's rarest keys ({@link NameGrams}), and LIKE confirms them. A text without keys
     * (one character, a wildcard, a character the keys do not cover) or one whose every key most enterprises hold reads
     * the names as before, for a common text the cheaper plan; so does a text equal to a stored credit code, and the
     * first pages of a text many names hold, sorted by name, where the name index finds the page's matches early
     * ({@link NameGrams#scanNamesRather}; at L, {@code 精密}'s page 1 read 1,428 candidates in 5.5 ms, the index 1 ms).
     */
    private void textCondition(String text, List<String> where, Map<String, Object> params, long nameReach) {
        String code = text.toUpperCase(Locale.ROOT);
        params.put("like", Like.contains(text));
        // Characters the keys cover compare only as themselves, so such a text can equal a code only at a code's length;
        // leaving the code out otherwise keeps a page of names on the name index (with the OR, MariaDB sorted them all).
        boolean mayBeCode = !NameGrams.covers(text)
                || text.codePointCount(0, text.length()) == CreditCode.LENGTH && findByCode(code).isPresent();
        if (mayBeCode) {
            where.add("(e.name LIKE :like OR e.creditCode = :code)");
            params.put("code", code);
            return;
        }
        Keys rarest = NameGrams.ofSearch(text).map(this::rarestKeys).orElse(Keys.NONE);
        int[] keys = nameReach > 0 && rarest.grams().length > 0
                && NameGrams.scanNamesRather(nameReach, registerSize(), rarest.holders()) ? new int[0] : rarest.grams();
        for (int i = 0; i < keys.length; i++) {
            where.add("e.id IN (SELECT g" + i + ".enterpriseId FROM EnterpriseNameGram g" + i + " WHERE g" + i
                    + ".gram IN (:g" + i + ", :always))");
            params.put("g" + i, keys[i]);
        }
        if (keys.length > 0) {
            params.put("always", NameGrams.ALWAYS);
        }
        where.add("e.name LIKE :like");
    }

    /**
     * The text's keys held by the fewest enterprises, rarest first; none when even the rarest is held by more than
     * {@link #COMMON_KEY} (counted only that far, from the key's index). Reading candidates by key and then their rows
     * costs about ten times as much per enterprise as reading the name index (MariaDB, 50,000 enterprises: a text all
     * of them hold took 177 ms to count by keys, 15 ms through the names), so keys pay only for a selective text.
     * The counts are kept ({@link RegisterCounts#holders}): a search's total and its page ask for the same keys.
     */
    private Keys rarestKeys(int[] grams) {
        record Held(int gram, long count) {
        }
        var held = new ArrayList<Held>();
        for (int gram : NameGrams.spread(grams, KEYS_COUNTED)) {
            long n = counts.holders(gram, () -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT enterprise_id"
                            + " FROM enterprise_name_gram WHERE gram IN (?, ?) LIMIT " + (COMMON_KEY + 1) + ") k")
                    .setParameter(1, gram).setParameter(2, NameGrams.ALWAYS).getSingleResult()).longValue());
            held.add(new Held(gram, n));
        }
        held.sort(Comparator.comparingLong(Held::count));
        if (held.get(0).count() > COMMON_KEY) {
            return Keys.NONE;
        }
        return new Keys(held.stream().limit(SEARCH_KEYS).mapToInt(Held::gram).toArray(), held.get(0).count());
    }

    /** A search text's rarest keys, rarest first, and how many enterprises hold the rarest. */
    private record Keys(int[] grams, long holders) {
        static final Keys NONE = new Keys(new int[0], Long.MAX_VALUE);
    }

    /** Writes the name keys of enterprises (by id) whose keys are not stored: new ones, renamed ones after their keys went. */
    private void storeNameGrams(Map<Long, String> namesById) {
        var rows = new ArrayList<long[]>();
        namesById.forEach((id, name) -> {
            for (int gram : NameGrams.ofName(name)) {
                rows.add(new long[] {gram, id});
            }
        });
        for (int from = 0; from < rows.size(); from += GRAM_ROWS_PER_INSERT) {
            List<long[]> part = rows.subList(from, Math.min(rows.size(), from + GRAM_ROWS_PER_INSERT));
            var q = em.createNativeQuery("INSERT INTO enterprise_name_gram (gram, enterprise_id) VALUES "
                    + String.join(", ", Collections.nCopies(part.size(), "(?, ?)")));
            int p = 1;
            for (long[] row : part) {
                q.setParameter(p++, (int) row[0]);
                q.setParameter(p++, row[1]);
            }
            q.executeUpdate();
        }
    }

    /**
     * Stores the name keys of up to {@code max} enterprises after id {@code afterId} that have none (rows written
     * before the keys existed, or by a bulk load); returns the last id looked at, or -1 when none was left.
     */
    @Transactional
    public long fillMissingNameGrams(long afterId, int max) {
        List<Object[]> missing = em.createQuery("SELECT e.id, e.name FROM Enterprise e WHERE e.id > :after AND NOT EXISTS"
                        + " (SELECT g FROM EnterpriseNameGram g WHERE g.enterpriseId = e.id) ORDER BY e.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
        if (missing.isEmpty()) {
            return -1;
        }
        var namesById = new LinkedHashMap<Long, String>();
        for (Object[] row : missing) {
            namesById.put((Long) row[0], (String) row[1]);
        }
        storeNameGrams(namesById);
        return (Long) missing.get(missing.size() - 1)[0];
    }

    private void requireDistrict(String code) {
        if (!districts.exists(code)) {
            throw BusinessException.onField("districtCode", "enterprise.district.unknown");
        }
    }

}
