package cn.tianjin.quality.brand;

import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;

/**
 * The alliance's register, kept by the bureau: who may evaluate and recognise Tianjin brands. Officials admit member
 * organisations, suspend one with a reason and reinstate it; every change is audited. Only staff read or change it.
 */
@ApplicationScoped
public class AllianceService {
    public static final int NAME_MAX = 200;
    public static final int ACCREDITATION_MAX = 200;
    public static final int REASON_MAX = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    /** What an official enters to admit a member. */
    public record Admission(String name, String creditCode, AllianceMember.Kind kind, String accreditation)
            implements Serializable {
    }

    @Transactional
    public List<AllianceMember> members(Actor actor) {
        actor.requireStaff("reading the brand alliance");
        return em.createQuery("SELECT m FROM AllianceMember m ORDER BY m.status, m.name", AllianceMember.class)
                .getResultList();
    }

    /** An evaluator's own organisation; nobody else has one. */
    @Transactional
    public AllianceMember own(Actor actor) {
        if (!actor.is(Role.EVALUATOR)) {
            throw new AccessDeniedException(actor.username() + " asking for an alliance member of their own");
        }
        return member(actor.organisationId());
    }

    /** Admits a member; its credit code must be well formed and not a member's already. */
    @Transactional
    public AllianceMember admit(Actor actor, Admission a) {
        actor.requireStaff("admitting an alliance member");
        String name = text(a.name(), "name", NAME_MAX, "brand.alliance.nameRequired");
        CreditCode.Check code = CreditCode.check(a.creditCode());
        if (!code.valid()) {
            throw BusinessException.onField("creditCode", code.messageKey(), code.messageArgs());
        }
        if (a.kind() == null) {
            throw BusinessException.onField("kind", "brand.alliance.kindRequired");
        }
        String accreditation = text(a.accreditation(), "accreditation", ACCREDITATION_MAX,
                "brand.alliance.accreditationRequired");
        if (!em.createQuery("SELECT m.id FROM AllianceMember m WHERE m.creditCode = :c", Long.class)
                .setParameter("c", code.code()).getResultList().isEmpty()) {
            throw BusinessException.onField("creditCode", "brand.alliance.codeTaken", code.code());
        }
        AllianceMember m = new AllianceMember(name, code.code(), a.kind(), accreditation, clock.today(),
                actor.username(), clock.now());
        try {
            em.persist(m);
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Another official admitted the same organisation a moment before: the unique key says so.
            throw BusinessException.onField("creditCode", "brand.alliance.codeTaken", code.code());
        }
        audit.record(actor, AllianceMember.AUDIT_TYPE, m.getId(), "admit", name + " " + code.code() + " (" + a.kind()
                + "), " + accreditation);
        return m;
    }

    /** Suspends a member, for a reason the register shows. */
    @Transactional
    public AllianceMember suspend(Actor actor, Long memberId, int expectedVersion, String reason) {
        actor.requireStaff("suspending an alliance member");
        AllianceMember m = member(memberId);
        Versions.expect(m.getVersion(), expectedVersion);
        if (m.isSuspended()) {
            throw new BusinessException("brand.alliance.suspendedAlready", m.getName());
        }
        String why = text(reason, "reason", REASON_MAX, "brand.alliance.reasonRequired");
        m.suspend(clock.today(), why);
        Versions.flush(em);
        audit.record(actor, AllianceMember.AUDIT_TYPE, m.getId(), "suspend", why);
        return m;
    }

    @Transactional
    public AllianceMember reinstate(Actor actor, Long memberId, int expectedVersion) {
        actor.requireStaff("reinstating an alliance member");
        AllianceMember m = member(memberId);
        Versions.expect(m.getVersion(), expectedVersion);
        if (!m.isSuspended()) {
            throw new BusinessException("brand.alliance.notSuspended", m.getName());
        }
        m.reinstate();
        Versions.flush(em);
        audit.record(actor, AllianceMember.AUDIT_TYPE, m.getId(), "reinstate", m.getName());
        return m;
    }

    private AllianceMember member(Long id) {
        AllianceMember m = id == null ? null : em.find(AllianceMember.class, id);
        if (m == null) {
            throw new NotFoundException("alliance member " + id);
        }
        return m;
    }

    private static String text(String raw, String field, int max, String requiredKey) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            throw BusinessException.onField(field, requiredKey);
        }
        if (s.length() > max) {
            throw BusinessException.onField(field, "text.tooLong", max);
        }
        return s;
    }
}
