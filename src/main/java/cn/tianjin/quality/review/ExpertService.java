package cn.tianjin.quality.review;

import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.AccountStatus;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The expert pool: profiles (kept by officials, and by each expert for their own) and conflicts of interest, declared
 * by experts or found by the portal. {@link #isConflicted} is the one answer every page, list, export and the
 * assignment ask before showing an entry to an expert.
 */
@ApplicationScoped
public class ExpertService {
    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    EnterpriseService enterprises;

    @Inject
    AuditLog audit;

    /** An expert account with its profile (a default one when none is stored yet). */
    public record PoolMember(UserAccount account, ExpertProfile profile, long conflictsInForce) implements Serializable {
    }

    @Transactional
    public List<PoolMember> pool(Actor actor) {
        actor.requireStaff("using the expert pool");
        List<UserAccount> experts = em.createQuery("SELECT u FROM UserAccount u WHERE u.role = :r ORDER BY u.displayName",
                        UserAccount.class)
                .setParameter("r", Role.EXPERT).getResultList();
        return experts.stream().map(u -> new PoolMember(u, profileOrDefault(u), conflictsInForce(u.getId()).size())).toList();
    }

    @Transactional
    public ExpertProfile profile(Actor actor, Long expertUserId) {
        return profileOrDefault(expertAccount(actor, expertUserId));
    }

    /**
     * Stores a profile. Officials set everything; an expert edits their own, except the maximum load, which the
     * bureau sets.
     */
    @Transactional
    public ExpertProfile saveProfile(Actor actor, Long expertUserId, ExpertProfile edited) {
        UserAccount expert = expertAccount(actor, expertUserId);
        if (edited.getOrganisationCode() != null && !edited.getOrganisationCode().isBlank()) {
            edited.setOrganisationCode(EnterpriseService.requireValidCode(edited.getOrganisationCode()));
        }
        ExpertProfile stored = em.find(ExpertProfile.class, expert.getId());
        boolean created = stored == null;
        if (created) {
            stored = new ExpertProfile(expert.getId());
        } else {
            Versions.expect(stored.getVersion(), edited.getVersion());
        }
        int load = stored.getMaxLoad();
        String before = created ? "" : stored.summary();
        stored.copyFrom(edited);
        if (!actor.isStaff() && !created) {
            stored.setMaxLoad(load);
        }
        if (created) {
            em.persist(stored);
        }
        Versions.flush(em);
        if (!before.equals(stored.summary())) {
            audit.record(actor, ExpertProfile.AUDIT_TYPE, expert.getId(), created ? "create" : "edit", stored.summary());
        }
        return stored;
    }

    /** An expert declares a conflict with an enterprise (registered here or not). */
    @Transactional
    public ExpertConflict declare(Actor actor, String creditCode, String enterpriseName, ExpertConflict.Kind kind, String note) {
        if (!actor.is(Role.EXPERT)) {
            throw new AccessDeniedException(actor.username() + " declaring a conflict");
        }
        String code = EnterpriseService.requireValidCode(creditCode);
        if (kind == null) {
            throw BusinessException.onField("kind", "conflict.kind.required");
        }
        String name = enterpriseName == null || enterpriseName.isBlank()
                ? enterprises.findByCode(code).map(e -> e.getName()).orElse(null) : enterpriseName.trim();
        if (name == null) {
            throw BusinessException.onField("enterpriseName", "conflict.name.required");
        }
        boolean duplicate = conflictsInForce(actor.userId()).stream().anyMatch(c -> c.getCreditCode().equals(code));
        if (duplicate) {
            throw BusinessException.onField("creditCode", "conflict.duplicate", code);
        }
        ExpertConflict c = new ExpertConflict(actor.userId(), code, name, kind, note == null ? null : note.trim(),
                clock.now(), actor.username());
        em.persist(c);
        em.flush();
        audit.record(actor, ExpertConflict.AUDIT_TYPE, c.getId(), "declare", code + " " + name + ": " + kind);
        return c;
    }

    /** Officials end a conflict that no longer holds; it stays on record with the reason. */
    @Transactional
    public ExpertConflict endConflict(Actor actor, Long conflictId, String reason) {
        actor.requireStaff("using the expert pool");
        ExpertConflict c = conflictId == null ? null : em.find(ExpertConflict.class, conflictId);
        if (c == null) {
            throw new NotFoundException("conflict " + conflictId);
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("endReason", "conflict.endReason.required");
        }
        if (c.isInForce()) {
            c.end(clock.now(), reason.trim());
            audit.record(actor, ExpertConflict.AUDIT_TYPE, c.getId(), "end", reason.trim());
        }
        return c;
    }

    @Transactional
    public List<ExpertConflict> conflicts(Actor actor, Long expertUserId) {
        expertAccount(actor, expertUserId);
        return em.createQuery("SELECT c FROM ExpertConflict c WHERE c.expertUserId = :e ORDER BY c.declaredAt DESC, c.id DESC",
                        ExpertConflict.class)
                .setParameter("e", expertUserId).getResultList();
    }

    /**
     * Whether the expert may not see the enterprise's entries: a declared conflict in force, the expert's own
     * organisation, or an account of the enterprise with the expert's e-mail address (the rules of
     * {@link #conflictedPairs}, for one pair).
     */
    @Transactional
    public boolean isConflicted(Long expertUserId, String creditCode) {
        return !conflictedPairs(java.util.Map.of(0L, creditCode), List.of(expertUserId)).isEmpty();
    }

    /**
     * All conflicted (entry, expert) pairs of a set of entries and experts, computed with a few queries rather than one
     * per pair, for the assignment of a whole round. This is the one place the conflict rules are written.
     */
    @Transactional
    public java.util.Set<AssignmentProblem.Pair> conflictedPairs(java.util.Map<Long, String> codeByEntry,
                                                                java.util.Collection<Long> expertIds) {
        var pairs = new java.util.HashSet<AssignmentProblem.Pair>();
        if (codeByEntry.isEmpty() || expertIds.isEmpty()) {
            return pairs;
        }
        var codesByExpert = new java.util.HashMap<Long, java.util.Set<String>>();
        em.createQuery("SELECT c FROM ExpertConflict c WHERE c.endedAt IS NULL AND c.expertUserId IN :e", ExpertConflict.class)
                .setParameter("e", expertIds).getResultList()
                .forEach(c -> codesByExpert.computeIfAbsent(c.getExpertUserId(), k -> new java.util.HashSet<>()).add(c.getCreditCode()));
        em.createQuery("SELECT p FROM ExpertProfile p WHERE p.userId IN :e AND p.organisationCode IS NOT NULL", ExpertProfile.class)
                .setParameter("e", expertIds).getResultList()
                .forEach(p -> codesByExpert.computeIfAbsent(p.getUserId(), k -> new java.util.HashSet<>()).add(p.getOrganisationCode()));
        var emailByExpert = new java.util.HashMap<Long, String>();
        em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN :e", UserAccount.class).setParameter("e", expertIds)
                .getResultList().forEach(u -> emailByExpert.put(u.getId(), u.getEmail().toLowerCase(Locale.ROOT)));
        var emailsByCode = new java.util.HashMap<String, java.util.Set<String>>();
        em.createQuery("SELECT e.creditCode, u.email FROM Enterprise e, UserAccount u WHERE u.enterpriseId = e.id"
                        + " AND e.creditCode IN :c", Object[].class)
                .setParameter("c", new java.util.HashSet<>(codeByEntry.values())).getResultList()
                .forEach(r -> emailsByCode.computeIfAbsent((String) r[0], k -> new java.util.HashSet<>())
                        .add(((String) r[1]).toLowerCase(Locale.ROOT)));
        for (var entry : codeByEntry.entrySet()) {
            String code = entry.getValue();
            for (Long expert : expertIds) {
                boolean declaredOrOwn = codesByExpert.getOrDefault(expert, java.util.Set.of()).contains(code);
                boolean ownUser = emailsByCode.getOrDefault(code, java.util.Set.of()).contains(emailByExpert.get(expert));
                if (declaredOrOwn || ownUser) {
                    pairs.add(new AssignmentProblem.Pair(entry.getKey(), expert));
                }
            }
        }
        return pairs;
    }

    /** Profiles of the given experts, a default one where none is stored. */
    @Transactional
    public java.util.Map<Long, ExpertProfile> profiles(java.util.Collection<UserAccount> experts) {
        var map = new java.util.LinkedHashMap<Long, ExpertProfile>();
        experts.forEach(u -> map.put(u.getId(), profileOrDefault(u)));
        return map;
    }

    /**
     * The maximum loads of the given experts by user id, in one query; an expert without a profile is absent (the
     * default applies). Pages ask for their own rows only, so the cost does not grow with the pool.
     */
    @Transactional
    public java.util.Map<Long, Integer> maxLoads(java.util.Collection<Long> userIds) {
        var map = new java.util.HashMap<Long, Integer>();
        if (userIds.isEmpty()) {
            return map;
        }
        em.createQuery("SELECT p.userId, p.maxLoad FROM ExpertProfile p WHERE p.userId IN :ids", Object[].class)
                .setParameter("ids", userIds).getResultList()
                .forEach(row -> map.put((Long) row[0], (Integer) row[1]));
        return map;
    }

    /** Active expert accounts, in id order (the order the random draw relies on). */
    @Transactional
    public List<UserAccount> activeExperts() {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.role = :r AND u.status = :s ORDER BY u.id", UserAccount.class)
                .setParameter("r", Role.EXPERT).setParameter("s", AccountStatus.ACTIVE).getResultList();
    }

    private List<ExpertConflict> conflictsInForce(Long expertUserId) {
        return em.createQuery("SELECT c FROM ExpertConflict c WHERE c.expertUserId = :e AND c.endedAt IS NULL",
                        ExpertConflict.class)
                .setParameter("e", expertUserId).getResultList();
    }

    private ExpertProfile profileOrDefault(UserAccount u) {
        ExpertProfile p = em.find(ExpertProfile.class, u.getId());
        if (p == null) {
            p = new ExpertProfile(u.getId());
            p.setOrganisation(u.getOrganisation());
            p.setTitle("");
        }
        return p;
    }

    /** The expert account asked about, if the caller is that expert or staff. */
    private UserAccount expertAccount(Actor actor, Long expertUserId) {
        if (!actor.isStaff() && !(actor.is(Role.EXPERT) && actor.userId().equals(expertUserId))) {
            throw new AccessDeniedException(actor.username() + " asked for expert " + expertUserId);
        }
        UserAccount u = expertUserId == null ? null : em.find(UserAccount.class, expertUserId);
        if (u == null || u.getRole() != Role.EXPERT || u.getStatus() == AccountStatus.DEACTIVATED && !actor.isStaff()) {
            throw new NotFoundException("expert " + expertUserId);
        }
        return u;
    }

}
