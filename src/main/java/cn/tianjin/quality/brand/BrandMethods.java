package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.FieldProblem;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The brand index's method as versioned data: the indicator sets and index formulas stored, the newest of each kind in
 * force. Officials add a version by uploading its JSON; it is checked whole (the file, then every field) and stored
 * only when nothing is wrong; a formula must fit an indicator set already stored. The shipped versions are installed
 * when missing ({@link ShippedBrandData}). Anyone may read the method in force (the public page explains the index).
 */
@ApplicationScoped
public class BrandMethods {
    /** Larger than any method an official writes by hand. */
    public static final int MAX_BYTES = 200_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    /** What an upload came to: the version stored, or every problem and nothing stored. */
    public record Upload(BrandMethod stored, List<FieldProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The shipped indicator set and formula, stored when missing; the portal itself is the author. */
    @Transactional
    public void installShipped() {
        IndicatorSet set = ShippedBrandData.indicators();
        if (find(BrandMethod.Kind.INDICATORS, set.code()).isEmpty()) {
            store(Actor.system(), BrandMethod.Kind.INDICATORS, set.code(), set.nameZh(), set.nameEn(), BrandJson.write(set));
        }
        IndexFormula f = ShippedBrandData.formula();
        if (find(BrandMethod.Kind.FORMULA, f.code()).isEmpty()) {
            store(Actor.system(), BrandMethod.Kind.FORMULA, f.code(), f.nameZh(), f.nameEn(), BrandJson.write(f));
        }
    }

    /** Every stored version, newest first. */
    @Transactional
    public List<BrandMethod> versions(Actor actor) {
        actor.requireStaff("reading the brand index's method versions");
        return em.createQuery("SELECT m FROM BrandMethod m ORDER BY m.createdAt DESC, m.id DESC", BrandMethod.class)
                .getResultList();
    }

    /** The newest version of a kind: the one in force. */
    @Transactional
    public Optional<BrandMethod> current(BrandMethod.Kind kind) {
        return em.createQuery("SELECT m FROM BrandMethod m WHERE m.kind = :k ORDER BY m.createdAt DESC, m.id DESC",
                BrandMethod.class).setParameter("k", kind).setMaxResults(1).getResultStream().findFirst();
    }

    @Transactional
    public Optional<BrandMethod> find(BrandMethod.Kind kind, String code) {
        return em.createQuery("SELECT m FROM BrandMethod m WHERE m.kind = :k AND m.code = :c", BrandMethod.class)
                .setParameter("k", kind).setParameter("c", code).getResultStream().findFirst();
    }

    /**
     * Stores a new version from an uploaded JSON file, or refuses it with every problem: a file that is not JSON of
     * the kind, a field wrong, a code stored already, a formula whose indicator set is not stored or that does not fit.
     */
    @Transactional
    public Upload upload(Actor actor, BrandMethod.Kind kind, byte[] content) {
        actor.requireStaff("adding a brand index method version");
        if (kind == null) {
            throw BusinessException.onField("kind", "brand.method.kindRequired");
        }
        if (content == null || content.length == 0) {
            throw BusinessException.onField("file", "brand.method.fileRequired");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.onField("file", "brand.method.fileTooLarge", MAX_BYTES / 1000);
        }
        String json = new String(content, StandardCharsets.UTF_8);
        try {
            if (kind == BrandMethod.Kind.INDICATORS) {
                IndicatorSet set = BrandJson.readIndicators(json);
                return stored(actor, kind, set.code(), set.nameZh(), set.nameEn(), BrandJson.write(set),
                        IndicatorSetCheck.problems(set));
            }
            IndexFormula f = BrandJson.readFormula(json);
            Optional<BrandMethod> set = find(BrandMethod.Kind.INDICATORS, f.indicatorSet());
            if (set.isEmpty()) {
                return new Upload(null, List.of(new FieldProblem("indicatorSet", "brand.method.setUnknown", f.indicatorSet())));
            }
            return stored(actor, kind, f.code(), f.nameZh(), f.nameEn(), BrandJson.write(f),
                    FormulaCheck.problems(f, set.get().indicators()));
        } catch (BrandJson.Malformed e) {
            return new Upload(null, List.of(new FieldProblem("file", e.messageKey(), e.args())));
        }
    }

    /** The version stored when its check found nothing and its code is free; otherwise what is wrong, nothing stored. */
    private Upload stored(Actor actor, BrandMethod.Kind kind, String code, String nameZh, String nameEn, String json,
                          List<FieldProblem> problems) {
        if (problems.isEmpty() && find(kind, code).isPresent()) {
            problems = List.of(new FieldProblem("code", "brand.method.codeTaken", code));
        }
        return problems.isEmpty() ? new Upload(store(actor, kind, code, nameZh, nameEn, json), List.of())
                : new Upload(null, problems);
    }

    private BrandMethod store(Actor actor, BrandMethod.Kind kind, String code, String nameZh, String nameEn, String json) {
        BrandMethod m = new BrandMethod(kind, code, nameZh, nameEn, json, actor.username(), clock.now());
        try {
            em.persist(m);
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Another official stored the same code a moment before: the unique key says so.
            throw BusinessException.onField("file", "brand.method.codeTaken", code);
        }
        audit.record(actor, BrandMethod.AUDIT_TYPE, m.getId(), "create", kind + " " + code);
        return m;
    }
}
