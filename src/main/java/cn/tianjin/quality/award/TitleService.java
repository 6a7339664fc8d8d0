package cn.tianjin.quality.award;

import cn.tianjin.quality.credit.CreditEvents;
import cn.tianjin.quality.platform.db.Like;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.credit.CreditFile;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.platform.notify.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Published titles: the public winners directory and certificate verification, the holders' own titles, and
 * revocation. A revocation case is opened by an official, or by the portal when a holder is put on the dishonesty
 * list; an official decides it. A revoked title stays in the directory marked as revoked, as does its certificate.
 */
@ApplicationScoped
public class TitleService {
    @Inject
    PortalClock clock;

    private static final int MAX_TEXT = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CreditFile creditFile;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    /** What the public may filter the directory by; nulls and blanks mean "any". */
    public record Filter(Integer year, CommitteeRules.Outcome level, String text) {
    }

    /** An open or decided case with the title it concerns, for the officials' list. */
    public record CaseLine(RevocationCase revocation, AwardTitle title) implements Serializable {
    }

    /** One page of the directory with the number of matches and the years to filter by. */
    public record Directory(List<AwardTitle> rows, long total, List<Integer> years) {
    }

    /** Everything the directory page shows, read in one transaction. */
    @Transactional
    public Directory directoryPage(Filter f, int first, int max) {
        return new Directory(directory(f, first, max), count(f), years());
    }

    @Transactional
    public List<AwardTitle> directory(Filter f, int first, int max) {
        return where(f, "SELECT t FROM AwardTitle t", AwardTitle.class, " ORDER BY t.year DESC, t.level, t.serial")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    @Transactional
    public long count(Filter f) {
        return where(f, "SELECT COUNT(t) FROM AwardTitle t", Long.class, "").getSingleResult();
    }

    /** The years that have titles, newest first, for the directory's filter. */
    @Transactional
    public List<Integer> years() {
        return em.createQuery("SELECT DISTINCT t.year FROM AwardTitle t ORDER BY t.year DESC", Integer.class).getResultList();
    }

    /** The title a certificate serial belongs to, if the serial is well formed and issued. */
    @Transactional
    public Optional<AwardTitle> verify(String serial) {
        if (!CertificateSerial.isWellFormed(serial)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM AwardTitle t WHERE t.serial = :s", AwardTitle.class)
                .setParameter("s", CertificateSerial.normalise(serial)).getResultStream().findFirst();
    }

    /** The titles of the caller's enterprise (applicants) or of any enterprise (staff). */
    @Transactional
    public List<AwardTitle> ofEnterprise(Actor actor, Long enterpriseId) {
        if (!actor.isStaff() && !actor.belongsTo(enterpriseId)) {
            throw new AccessDeniedException(actor.username() + " reading titles of enterprise " + enterpriseId);
        }
        return em.createQuery("SELECT t FROM AwardTitle t WHERE t.enterpriseId = :e ORDER BY t.year DESC, t.id DESC", AwardTitle.class)
                .setParameter("e", enterpriseId).getResultList();
    }

    /** A title by serial for its holder or staff, as the certificate download needs it. */
    @Transactional
    public AwardTitle forCertificate(Actor actor, String serial) {
        AwardTitle t = verify(serial).orElseThrow(() -> new NotFoundException("certificate " + serial));
        if (!actor.isStaff() && !actor.belongsTo(t.getEnterpriseId())) {
            throw new NotFoundException("certificate " + serial + " for " + actor.username());
        }
        return t;
    }

    /** Years in which the enterprise won the award itself (nomination awards do not count), revoked titles excluded. */
    @Transactional
    public List<Integer> awardYears(Long enterpriseId) {
        return em.createQuery("SELECT t.year FROM AwardTitle t WHERE t.enterpriseId = :e AND t.level = :l AND t.status = :s"
                        + " ORDER BY t.year", Integer.class)
                .setParameter("e", enterpriseId).setParameter("l", CommitteeRules.Outcome.AWARD)
                .setParameter("s", AwardTitle.Status.VALID).getResultList();
    }

    @Transactional
    public List<AwardTitle> all(Actor actor) {
        actor.requireStaff("managing award titles");
        return em.createQuery("SELECT t FROM AwardTitle t ORDER BY t.year DESC, t.level, t.serial", AwardTitle.class).getResultList();
    }

    @Transactional
    public List<CaseLine> cases(Actor actor) {
        actor.requireStaff("managing award titles");
        return em.createQuery("SELECT r, t FROM RevocationCase r, AwardTitle t WHERE t.id = r.titleId"
                        + " ORDER BY r.status DESC, r.openedAt DESC, r.id DESC", Object[].class)
                .getResultList().stream().map(r -> new CaseLine((RevocationCase) r[0], (AwardTitle) r[1])).toList();
    }

    /** An official opens a revocation case; refused when the title is already revoked or has an open case. */
    @Transactional
    public RevocationCase open(Actor actor, Long titleId, String grounds) {
        actor.requireStaff("managing award titles");
        AwardTitle t = title(titleId);
        String text = Texts.required(grounds, MAX_TEXT, "grounds", "revocation.grounds.required");
        return openCase(actor, t, RevocationCase.Origin.OFFICIAL, null, text);
    }

    /** A holder put on the dishonesty list: a case opens against each of its valid titles. */
    void onListed(@Observes CreditEvents.Listed listed) {
        List<AwardTitle> held = em.createQuery("SELECT t FROM AwardTitle t WHERE t.creditCode = :c AND t.status = :s", AwardTitle.class)
                .setParameter("c", listed.creditCode()).setParameter("s", AwardTitle.Status.VALID).getResultList();
        for (AwardTitle t : held) {
            if (!hasOpenCase(t.getId())) {
                openCase(Actor.system(), t, RevocationCase.Origin.DISHONESTY, listed.entryId(),
                        "列入严重失信名单：" + listed.reason() + "（" + listed.listedOn() + "）");
            }
        }
    }

    /** Decides a case: revoking marks the title and its certificate revoked from today; the holder is told either way. */
    @Transactional
    public RevocationCase decide(Actor actor, Long caseId, int expectedVersion, boolean revoke, String reason) {
        actor.requireStaff("managing award titles");
        RevocationCase r = caseId == null ? null : em.find(RevocationCase.class, caseId);
        if (r == null) {
            throw new NotFoundException("revocation case " + caseId);
        }
        Versions.expect(r.getVersion(), expectedVersion);
        if (r.getStatus() != RevocationCase.Status.OPEN) {
            throw new BusinessException("revocation.alreadyDecided");
        }
        String text = Texts.required(reason, MAX_TEXT, "decision", "revocation.decision.required");
        AwardTitle t = title(r.getTitleId());
        r.decided(revoke, text, actor.username(), clock.now());
        if (revoke) {
            t.revoked(clock.today(), text);
            creditFile.add(t.getCreditCode(), clock.today(), "AWARD_REVOKED", t.getSerial() + "：" + text, "award-title", t.getId());
        }
        Versions.flush(em);
        for (UserAccount u : holders(t)) {
            notifications.notify(u.getId(), u.getLocale(), revoke ? "revocation.revoked.subject" : "revocation.dismissed.subject",
                    revoke ? "revocation.revoked.body" : "revocation.dismissed.body", "/enterprise/award", t.getSerial(), text);
        }
        audit.record(actor, "award-title", t.getId(), revoke ? "revoke" : "keep", "case " + r.getId() + ": " + text);
        return r;
    }

    private RevocationCase openCase(Actor actor, AwardTitle t, RevocationCase.Origin origin, Long entryId, String grounds) {
        if (!t.isValid()) {
            throw new BusinessException("revocation.alreadyRevoked");
        }
        if (hasOpenCase(t.getId())) {
            throw new BusinessException("revocation.caseOpen");
        }
        RevocationCase r = new RevocationCase(t.getId(), origin, entryId, grounds.length() > MAX_TEXT ? grounds.substring(0, MAX_TEXT) : grounds,
                actor.username(), clock.now());
        em.persist(r);
        em.flush();
        for (UserAccount u : holders(t)) {
            notifications.notify(u.getId(), u.getLocale(), "revocation.opened.subject", "revocation.opened.body", "/enterprise/award",
                    t.getSerial(), r.getGrounds());
        }
        audit.record(actor, "award-title", t.getId(), "revocation-open", origin + ": " + r.getGrounds());
        return r;
    }

    private boolean hasOpenCase(Long titleId) {
        return em.createQuery("SELECT COUNT(r) FROM RevocationCase r WHERE r.titleId = :t AND r.status = :s", Long.class)
                .setParameter("t", titleId).setParameter("s", RevocationCase.Status.OPEN).getSingleResult() > 0;
    }

    private List<UserAccount> holders(AwardTitle t) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.enterpriseId = :e AND u.role = :r", UserAccount.class)
                .setParameter("e", t.getEnterpriseId()).setParameter("r", Role.APPLICANT).getResultList();
    }

    private AwardTitle title(Long id) {
        AwardTitle t = id == null ? null : em.find(AwardTitle.class, id);
        if (t == null) {
            throw new NotFoundException("award title " + id);
        }
        return t;
    }

    private <T> TypedQuery<T> where(Filter f, String select, Class<T> type, String order) {
        StringBuilder q = new StringBuilder(select).append(" WHERE 1 = 1");
        String text = f == null || f.text() == null || f.text().isBlank() ? null : f.text().strip();
        if (f != null && f.year() != null) {
            q.append(" AND t.year = :y");
        }
        if (f != null && f.level() != null && f.level() != CommitteeRules.Outcome.NONE) {
            q.append(" AND t.level = :l");
        }
        if (text != null) {
            q.append(" AND (t.enterpriseName LIKE :q OR t.modelName LIKE :q OR t.creditCode = :code)");
        }
        TypedQuery<T> query = em.createQuery(q.append(order).toString(), type);
        if (f != null && f.year() != null) {
            query.setParameter("y", f.year());
        }
        if (f != null && f.level() != null && f.level() != CommitteeRules.Outcome.NONE) {
            query.setParameter("l", f.level());
        }
        if (text != null) {
            query.setParameter("q", Like.contains(text)).setParameter("code", text.toUpperCase());
        }
        return query;
    }

}
