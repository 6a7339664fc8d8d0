package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Rubrics as versioned data: officials import, export, copy and edit them. A frozen version (in use by a campaign)
 * is never changed: saving an edit of it makes the next version. Points must add up, checked by
 * {@link RubricValidator} before anything is stored.
 */
@ApplicationScoped
public class RubricService {
    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    @Any
    Instance<ReviewedProgramme> registered;

    /** The codes of the programmes that review entries against rubrics, sorted. */
    public List<String> programmes() {
        return registered.stream().map(ReviewedProgramme::code).sorted().toList();
    }

    /** Problems of a definition, each with its message key and arguments; empty when it may be stored. */
    public List<RubricProblem> check(RubricDefinition def) {
        return RubricValidator.problems(def);
    }

    @Transactional
    public List<RubricVersion> latestVersions(Actor actor) {
        actor.requireStaff("using rubrics");
        return em.createQuery("SELECT v FROM RubricVersion v WHERE v.versionNo = (SELECT MAX(w.versionNo) FROM RubricVersion w"
                        + " WHERE w.rubric = v.rubric) ORDER BY v.rubric.programme, v.rubric.code", RubricVersion.class)
                .getResultList();
    }

    @Transactional
    public List<RubricVersion> versionsOf(Actor actor, Long rubricId) {
        actor.requireStaff("using rubrics");
        return em.createQuery("SELECT v FROM RubricVersion v WHERE v.rubric.id = :r ORDER BY v.versionNo DESC", RubricVersion.class)
                .setParameter("r", rubricId).getResultList();
    }

    @Transactional
    public RubricVersion get(Actor actor, Long versionId) {
        actor.requireStaff("using rubrics");
        RubricVersion v = versionId == null ? null : em.find(RubricVersion.class, versionId);
        if (v == null) {
            throw new NotFoundException("rubric version " + versionId);
        }
        return v;
    }

    /** The version a campaign or score sheet refers to, for anyone whose own access the caller has checked. */
    @Transactional
    public RubricVersion version(Long versionId) {
        RubricVersion v = versionId == null ? null : em.find(RubricVersion.class, versionId);
        if (v == null) {
            throw new NotFoundException("rubric version " + versionId);
        }
        return v;
    }

    @Transactional
    public Optional<RubricVersion> latest(String code) {
        return em.createQuery("SELECT v FROM RubricVersion v WHERE v.rubric.code = :c ORDER BY v.versionNo DESC",
                        RubricVersion.class)
                .setParameter("c", code).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Imports a rubric from JSON. A new code makes a new rubric; a known code makes its next version (or replaces
     * its draft when the latest version is not frozen).
     */
    @Transactional
    public RubricVersion importJson(Actor actor, String programme, String json) {
        actor.requireStaff("using rubrics");
        RubricDefinition def;
        try {
            def = RubricJson.read(json);
        } catch (RubricJson.RubricJsonException e) {
            throw new BusinessException(e.messageKey(), e.args());
        }
        Optional<RubricVersion> existing = latest(def.code());
        if (existing.isPresent()) {
            return save(actor, existing.get().getId(), existing.get().getVersion(), def);
        }
        requireProgramme(programme);
        return create(actor, programme, def, "import");
    }

    /**
     * Installs a rubric the portal ships with (see {@link DefaultRubrics}) under the programme its list names; unlike an
     * import, the programme need not run on this portal yet (the brand rubric serves self-assessment already).
     */
    @Transactional
    RubricVersion installShipped(String programme, String json) {
        return create(Actor.system(), programme, RubricJson.read(json), "import");
    }

    /** A new rubric with a new code, starting from a copy of another version's content. */
    @Transactional
    public RubricVersion copy(Actor actor, Long versionId, String newCode, String nameZh, String nameEn) {
        RubricVersion from = get(actor, versionId);
        if (newCode == null || !newCode.trim().matches("[A-Za-z0-9._-]{2,60}")) {
            throw BusinessException.onField("newCode", "rubric.code.pattern");
        }
        RubricDefinition src = from.definition();
        RubricDefinition def = new RubricDefinition(newCode.trim(), blankTo(nameZh, src.nameZh()), blankTo(nameEn, src.nameEn()),
                src.totalPoints(), src.categories());
        RubricVersion v = create(actor, from.getRubric().getProgramme(), def, "copy");
        audit.record(actor, RubricVersion.AUDIT_TYPE, v.getId(), "copy-of", "copied from " + from.getRubric().getCode() + " v"
                + from.getVersionNo());
        return v;
    }

    /**
     * Stores an edited definition for the version the editor started from. A draft is replaced; a frozen version
     * stays as it was and the edit becomes the next version. {@code expectedVersion} refuses a stale edit.
     */
    @Transactional
    public RubricVersion save(Actor actor, Long versionId, int expectedVersion, RubricDefinition def) {
        RubricVersion base = get(actor, versionId);
        requireValid(def);
        if (!def.code().equals(base.getRubric().getCode())) {
            throw BusinessException.onField("code", "rubric.code.changed", base.getRubric().getCode());
        }
        Versions.expect(base.getVersion(), expectedVersion);
        RubricVersion latest = latest(def.code()).orElseThrow();
        if (!latest.getId().equals(base.getId())) {
            throw new BusinessException("rubric.notLatest", latest.getVersionNo());
        }
        if (!base.isFrozen()) {
            String before = base.json();
            base.replace(def);
            Versions.flush(em);
            if (!before.equals(base.json())) {
                audit.record(actor, RubricVersion.AUDIT_TYPE, base.getId(), "edit", summary(base));
            }
            return base;
        }
        RubricVersion next = new RubricVersion(base.getRubric(), base.getVersionNo() + 1, def, actor.username(), clock.now());
        em.persist(next);
        em.flush();
        audit.record(actor, RubricVersion.AUDIT_TYPE, next.getId(), "new-version", summary(next) + " (v" + base.getVersionNo()
                + " is frozen)");
        return next;
    }

    /** Freezes a version: from now on it is what campaigns and score sheets refer to. */
    @Transactional
    public RubricVersion freeze(Actor actor, Long versionId) {
        RubricVersion v = get(actor, versionId);
        if (!v.isFrozen()) {
            v.freeze();
            audit.record(actor, RubricVersion.AUDIT_TYPE, v.getId(), "freeze", summary(v));
        }
        return v;
    }

    /** Refuses a programme code no programme of the portal has registered. */
    void requireProgramme(String programme) {
        if (programme == null || !programmes().contains(programme)) {
            throw BusinessException.onField("programme", "rubric.programme.unknown");
        }
    }

    private RubricVersion create(Actor actor, String programme, RubricDefinition def, String action) {
        requireValid(def);
        if (latest(def.code()).isPresent()) {
            throw BusinessException.onField("newCode", "rubric.code.taken", def.code());
        }
        Rubric r = new Rubric(def.code(), programme, actor.username(), clock.now());
        em.persist(r);
        RubricVersion v = new RubricVersion(r, 1, def, actor.username(), clock.now());
        em.persist(v);
        em.flush();
        audit.record(actor, RubricVersion.AUDIT_TYPE, v.getId(), action, summary(v));
        return v;
    }

    private void requireValid(RubricDefinition def) {
        List<RubricProblem> problems = check(def);
        if (!problems.isEmpty()) {
            RubricProblem first = problems.get(0);
            throw new BusinessException(first.messageKey(), first.args());
        }
    }

    private static String summary(RubricVersion v) {
        return v.getRubric().getCode() + " v" + v.getVersionNo() + ": " + v.getNameZh() + ", " + v.getTotalPoints()
                + " points, " + v.definition().categories().size() + " categories";
    }

    private static String blankTo(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s.trim();
    }

}
