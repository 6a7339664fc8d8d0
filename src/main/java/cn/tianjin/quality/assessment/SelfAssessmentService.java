package cn.tianjin.quality.assessment;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.review.RubricDefinition;
import cn.tianjin.quality.review.RubricItem;
import cn.tianjin.quality.review.RubricService;
import cn.tianjin.quality.review.RubricVersion;
import cn.tianjin.quality.review.ScoreMath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Self-assessments, and the only place that changes them. An applicant works on its own enterprise's assessments
 * only: anyone else's are "not found" to it, so an id tells nothing about other enterprises. Officials and
 * administrators may read every assessment but change none. Every change is audited.
 *
 * <p>An assessment is pinned to a frozen rubric version, so its scores stay explainable after officials edit the
 * rubric. The current version of a rubric is its newest frozen one: a draft an official is still editing is not
 * what anyone is judged by. A rubric that was never frozen (a fresh installation before its first campaign) has its
 * latest version frozen when the first assessment starts, as opening a review round would.
 */
@ApplicationScoped
public class SelfAssessmentService {
    @Inject
    PortalClock clock;

    /** The rubrics an enterprise may assess itself on: the Quality Award's, first and default, and the brand rubric. */
    public static final List<String> RUBRICS = List.of("gbt19580-2012", "tianjin-brand-2026");

    public static final String AUDIT_TYPE = "self-assessment";

    @PersistenceContext
    EntityManager em;

    @Inject
    RubricService rubrics;

    @Inject
    AuditLog audit;

    /** An assessment with its rubric and item rows, as the page shows it. */
    public record View(SelfAssessment assessment, RubricDefinition rubric, List<SelfAssessmentItem> items) {
        /** Item code to percentage, for the items scored so far. */
        public Map<String, Integer> percents() {
            Map<String, Integer> percents = new HashMap<>();
            items.stream().filter(i -> i.getPercent() != null).forEach(i -> percents.put(i.getItemCode(), i.getPercent()));
            return percents;
        }

        public AssessmentResults.Results results() {
            return AssessmentResults.of(rubric, percents());
        }
    }

    /** One item as entered on the page: a percentage (null while not scored) and a note. */
    public record ItemInput(String itemCode, Integer percent, String note) {
    }

    /** The rubrics offered when starting an assessment, as their latest versions (for their names); nothing changes. */
    @Transactional
    public List<RubricVersion> rubricChoices() {
        return RUBRICS.stream().map(rubrics::latest).flatMap(Optional::stream).toList();
    }

    /** Starts an empty assessment of the actor's own enterprise on the current version of the rubric. */
    @Transactional
    public SelfAssessment start(Actor actor, String rubricCode, String label) {
        Long enterpriseId = ownEnterprise(actor);
        RubricVersion version = currentVersion(rubricCode);
        SelfAssessment a = create(actor, enterpriseId, version, label, Map.of());
        audit.record(actor, AUDIT_TYPE, a.getId(), "start", summary(a));
        return a;
    }

    /**
     * Starts a new assessment from an earlier one: its percentages and notes are the starting point, on the current
     * version of the same rubric. Items that version no longer has are left behind; new items start unscored.
     */
    @Transactional
    public SelfAssessment copy(Actor actor, Long fromId, String label) {
        Long enterpriseId = ownEnterprise(actor);
        SelfAssessment from = readable(actor, fromId);
        RubricVersion version = currentVersion(from.getRubric().getRubric().getCode());
        Map<String, SelfAssessmentItem> earlier = items(from.getId()).stream()
                .collect(Collectors.toMap(SelfAssessmentItem::getItemCode, Function.identity()));
        SelfAssessment a = create(actor, enterpriseId, version, label, earlier);
        audit.record(actor, AUDIT_TYPE, a.getId(), "copy", summary(a) + ", from #" + from.getId() + " ("
                + from.getRubric().getRubric().getCode() + " v" + from.getRubric().getVersionNo() + ")");
        return a;
    }

    /** An assessment with its rubric and items, for its enterprise's applicants and for staff. */
    @Transactional
    public View open(Actor actor, Long id) {
        SelfAssessment a = readable(actor, id);
        return new View(a, a.getRubric().definition(), items(a.getId()));
    }

    /**
     * Saves a draft. Every percentage must be 0 to 100 in steps of 5, every note fit its column and every item belong
     * to the rubric; all inputs are checked before any is applied, so a refused save stores nothing. {@code expectedVersion} refuses a
     * save from a page that a colleague's save has overtaken.
     */
    @Transactional
    public SelfAssessment save(Actor actor, Long id, int expectedVersion, List<ItemInput> inputs) {
        SelfAssessment a = writable(actor, id);
        Versions.expect(a.getVersion(), expectedVersion);
        Map<String, SelfAssessmentItem> byCode = items(id).stream()
                .collect(Collectors.toMap(SelfAssessmentItem::getItemCode, Function.identity()));
        for (ItemInput in : inputs) {
            if (!byCode.containsKey(in.itemCode())) {
                throw new NotFoundException("item " + in.itemCode() + " of self-assessment " + id);
            }
            if (in.percent() != null) {
                Optional<String> problem = ScoreMath.percentProblem(in.percent());
                if (problem.isPresent()) {
                    // score.percent.range -> score.item.percent.range: the same rule, naming the item.
                    throw BusinessException.onField("percent", problem.get().replace("score.percent", "score.item.percent"),
                            in.itemCode());
                }
            }
            if (in.note() != null && in.note().trim().length() > SelfAssessmentItem.NOTE_MAX) {
                throw BusinessException.onField("note", "assessment.note.tooLong", in.itemCode(), SelfAssessmentItem.NOTE_MAX);
            }
        }
        StringBuilder changes = new StringBuilder();
        boolean notesChanged = false;
        for (ItemInput in : inputs) {
            SelfAssessmentItem item = byCode.get(in.itemCode());
            if (!Objects.equals(item.getPercent(), in.percent())) {
                changes.append(in.itemCode()).append('=').append(in.percent()).append(' ');
            }
            String before = item.getNote();
            item.set(in.percent(), in.note());
            notesChanged |= !Objects.equals(before, item.getNote());
        }
        if (changes.isEmpty() && !notesChanged) {
            return a;
        }
        a.touched(clock.now());
        Versions.flush(em);
        audit.record(actor, AUDIT_TYPE, a.getId(), "save-draft", changes.isEmpty() ? "notes" : changes.toString().trim());
        return a;
    }

    /** Finishes the assessment with its total; every item must have a percentage. A finished one never changes. */
    @Transactional
    public SelfAssessment finish(Actor actor, Long id) {
        SelfAssessment a = writable(actor, id);
        View view = new View(a, a.getRubric().definition(), items(id));
        Map<String, Integer> percents = view.percents();
        for (RubricItem item : view.rubric().items()) {
            if (!percents.containsKey(item.code())) {
                throw new BusinessException("assessment.item.missing", item.code());
            }
        }
        AssessmentResults.Results results = view.results();
        a.finish(results.total(), clock.now());
        audit.record(actor, AUDIT_TYPE, a.getId(), "finish", "total " + results.total() + " of " + results.totalPoints());
        return a;
    }

    /** An enterprise's assessments, newest first: its own applicants and staff only. */
    @Transactional
    public List<SelfAssessment> history(Actor actor, Long enterpriseId) {
        if (!actor.isStaff() && !actor.belongsTo(enterpriseId)) {
            throw new NotFoundException("self-assessments of enterprise " + enterpriseId);
        }
        return em.createQuery("SELECT a FROM SelfAssessment a WHERE a.enterpriseId = :e ORDER BY a.createdAt DESC, a.id DESC",
                        SelfAssessment.class)
                .setParameter("e", enterpriseId).getResultList();
    }

    private SelfAssessment create(Actor actor, Long enterpriseId, RubricVersion version, String label,
                                  Map<String, SelfAssessmentItem> startFrom) {
        String cleanLabel = label == null || label.isBlank() ? null : label.trim();
        if (cleanLabel != null && cleanLabel.length() > SelfAssessment.LABEL_MAX) {
            throw BusinessException.onField("label", "assessment.label.tooLong", SelfAssessment.LABEL_MAX);
        }
        SelfAssessment a = new SelfAssessment(enterpriseId, version, cleanLabel, actor.username(), clock.now());
        em.persist(a);
        em.flush();
        for (RubricItem item : version.definition().items()) {
            SelfAssessmentItem earlier = startFrom.get(item.code());
            em.persist(new SelfAssessmentItem(a.getId(), item.code(), earlier == null ? null : earlier.getPercent(),
                    earlier == null ? null : earlier.getNote()));
        }
        em.flush();
        return a;
    }

    private RubricVersion currentVersion(String rubricCode) {
        if (!RUBRICS.contains(rubricCode)) {
            throw BusinessException.onField("rubric", "assessment.rubric.unknown");
        }
        Optional<RubricVersion> frozen = em.createQuery("SELECT v FROM RubricVersion v WHERE v.rubric.code = :c"
                        + " AND v.frozen = TRUE ORDER BY v.versionNo DESC", RubricVersion.class)
                .setParameter("c", rubricCode).setMaxResults(1).getResultStream().findFirst();
        if (frozen.isPresent()) {
            return frozen.get();
        }
        RubricVersion latest = rubrics.latest(rubricCode).orElseThrow(() -> new BusinessException("assessment.rubric.unknown"));
        // Freezing is a staff action; the portal does it here on the applicant's behalf, and RubricService audits it.
        return rubrics.freeze(Actor.system(), latest.getId());
    }

    /** The enterprise an applicant assesses; other roles have none and may not start or change assessments. */
    private static Long ownEnterprise(Actor actor) {
        if (!actor.is(Role.APPLICANT) || actor.enterpriseId() == null) {
            throw new AccessDeniedException(actor.username() + " assessing an enterprise");
        }
        return actor.enterpriseId();
    }

    private SelfAssessment readable(Actor actor, Long id) {
        SelfAssessment a = id == null ? null : em.find(SelfAssessment.class, id);
        if (a == null || !(actor.isStaff() || actor.belongsTo(a.getEnterpriseId()))) {
            throw new NotFoundException("self-assessment " + id);
        }
        return a;
    }

    private SelfAssessment writable(Actor actor, Long id) {
        SelfAssessment a = readable(actor, id);
        if (!actor.belongsTo(a.getEnterpriseId())) {
            throw new AccessDeniedException(actor.username() + " changing self-assessment " + id);
        }
        if (a.isFinished()) {
            throw new BusinessException("assessment.locked");
        }
        return a;
    }

    private List<SelfAssessmentItem> items(Long assessmentId) {
        return em.createQuery("SELECT i FROM SelfAssessmentItem i WHERE i.assessmentId = :a ORDER BY i.id",
                        SelfAssessmentItem.class)
                .setParameter("a", assessmentId).getResultList();
    }

    private static String summary(SelfAssessment a) {
        return "enterprise " + a.getEnterpriseId() + ", " + a.getRubric().getRubric().getCode() + " v"
                + a.getRubric().getVersionNo() + (a.getLabel() == null ? "" : ", " + a.getLabel());
    }
}
