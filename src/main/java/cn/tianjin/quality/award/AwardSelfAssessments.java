package cn.tianjin.quality.award;

import cn.tianjin.quality.assessment.SelfAssessment;
import cn.tianjin.quality.assessment.SelfAssessmentService;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.ApplicationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * An award application's self-scores: the applicant names one of its enterprise's self-assessments on the campaign's
 * rubric, which the application then shows; whoever may read the application reads its scores.
 */
@ApplicationScoped
public class AwardSelfAssessments {
    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationService applications;

    @Inject
    SelfAssessmentService assessments;

    @Inject
    AuditLog audit;

    /** The self-assessments the applicant may name: its enterprise's own, on the rubric the campaign judges by. */
    @Transactional
    public List<SelfAssessment> choices(Actor actor, Long applicationId) {
        ApplicationService.View v = applications.view(actor, applicationId);
        String rubric = v.campaign().getRubric().getRubric().getCode();
        return assessments.history(actor, v.application().getEnterpriseId()).stream()
                .filter(a -> a.getRubric().getRubric().getCode().equals(rubric)).toList();
    }

    /** The self-assessment the application names, for whoever may read the application. */
    @Transactional
    public Optional<SelfAssessment> linked(Actor actor, Long applicationId) {
        applications.view(actor, applicationId);
        return Optional.ofNullable(em.find(SelfAssessmentLink.class, applicationId))
                .map(l -> em.find(SelfAssessment.class, l.getSelfAssessmentId()));
    }

    /** The applicant names (or changes, while it may edit the application) the self-assessment it refers to. */
    @Transactional
    public void link(Actor actor, Long applicationId, Long selfAssessmentId) {
        ApplicationService.View v = applications.view(actor, applicationId);
        Application a = v.application();
        if (!actor.is(Role.APPLICANT) || !a.getStatus().isEditable()) {
            throw new BusinessException("application.locked");
        }
        SelfAssessment chosen = choices(actor, applicationId).stream().filter(s -> s.getId().equals(selfAssessmentId)).findFirst()
                .orElseThrow(() -> BusinessException.onField("selfAssessment", "award.selfAssessment.choose"));
        SelfAssessmentLink link = em.find(SelfAssessmentLink.class, a.getId());
        if (link == null) {
            em.persist(new SelfAssessmentLink(a.getId(), chosen.getId()));
        } else {
            link.to(chosen.getId());
        }
        audit.record(actor, Application.AUDIT_TYPE, a.getId(), "self-assessment", "#" + chosen.getId());
    }
}
