package cn.tianjin.quality.credit;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Quality commitments and self-declared standards in the credit file: the enterprise declares and withdraws its own,
 * officials mark one breached with the reason. Each change is audited and raises an event (the credit file's line, the
 * message to the enterprise).
 */
@ApplicationScoped
public class DeclarationService {
    public static final int TITLE_MAX = 200;
    public static final int CONTENT_MAX = 4000;
    public static final int STANDARD_NO_MAX = 60;
    public static final int LINK_MAX = 500;
    public static final int REASON_MAX = 1000;

    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    EnterpriseService enterprises;

    @Inject
    Event<CreditRecordEvents.Declared> declaredEvents;

    @Inject
    Event<CreditRecordEvents.Withdrawn> withdrawnEvents;

    @Inject
    Event<CreditRecordEvents.Breached> breachedEvents;

    /** The enterprise declares a commitment or a standard; refused on the first wrong field with nothing stored. */
    @Transactional
    public Declaration declare(Actor actor, Long enterpriseId, DeclarationForm form) {
        if (!actor.belongsTo(enterpriseId)) {
            throw new AccessDeniedException(actor.username() + " declaring for enterprise " + enterpriseId);
        }
        Enterprise e = enterprises.getFor(actor, enterpriseId);
        if (form.getKind() == null) {
            throw BusinessException.onField("kind", "field.required");
        }
        form.setTitle(Texts.required(form.getTitle(), TITLE_MAX, "title", "field.required"));
        form.setContent(Texts.required(form.getContent(), CONTENT_MAX, "content", "field.required"));
        form.setStandardNo(form.getKind() == Declaration.Kind.STANDARD
                ? Texts.required(form.getStandardNo(), STANDARD_NO_MAX, "standardNo", "declaration.standardNo.required") : null);
        form.setLink(link(form.getLink()));
        if (form.getDeclaredOn() == null) {
            throw BusinessException.onField("declaredOn", "field.required");
        }
        if (form.getDeclaredOn().isAfter(clock.today())) {
            throw BusinessException.onField("declaredOn", "declaration.declaredOn.future");
        }
        Declaration d = new Declaration(e.getId(), e.getCreditCode(), form, actor.username(), clock.now());
        em.persist(d);
        em.flush();
        audit.record(actor, Declaration.AUDIT_TYPE, d.getId(), "declare", d.getKind() + " " + d.summary());
        declaredEvents.fire(new CreditRecordEvents.Declared(CreditRecordEvents.AboutDeclaration.of(d), d.getDeclaredOn()));
        return d;
    }

    /** A web address that may be shown as a link on public pages: http or https only, nothing a browser would run. */
    static String link(String raw) {
        String s = Texts.optional(raw, LINK_MAX, "link");
        if (s == null) {
            return null;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return s;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw BusinessException.onField("link", "declaration.link.invalid");
    }

    /** The enterprise withdraws a declaration that stands (a standard no longer applied, a commitment replaced). */
    @Transactional
    public Declaration withdraw(Actor actor, Long id, int version) {
        Declaration d = find(actor, id);
        if (!actor.belongsTo(d.getEnterpriseId())) {
            throw new AccessDeniedException(actor.username() + " withdrawing declaration " + id);
        }
        Versions.expect(d.getVersion(), version);
        if (d.getStatus() != Declaration.Status.ACTIVE) {
            throw new BusinessException("declaration.notActive");
        }
        d.withdrawn(clock.today(), actor.username());
        Versions.flush(em);
        audit.record(actor, Declaration.AUDIT_TYPE, d.getId(), "withdraw", d.summary());
        withdrawnEvents.fire(new CreditRecordEvents.Withdrawn(CreditRecordEvents.AboutDeclaration.of(d), clock.today()));
        return d;
    }

    /** An official marks a declaration breached, with the reason; the enterprise is told and the credit file shows it. */
    @Transactional
    public Declaration markBreached(Actor actor, Long id, int version, String reason) {
        actor.requireStaff("marking declarations breached");
        Declaration d = find(actor, id);
        Versions.expect(d.getVersion(), version);
        if (d.getStatus() == Declaration.Status.BREACHED) {
            throw new BusinessException("declaration.alreadyBreached");
        }
        String text = Texts.required(reason, REASON_MAX, "breachReason", "declaration.breachReason.required");
        d.breached(clock.today(), text, actor.username());
        Versions.flush(em);
        audit.record(actor, Declaration.AUDIT_TYPE, d.getId(), "breached", d.summary() + ": " + text);
        breachedEvents.fire(new CreditRecordEvents.Breached(CreditRecordEvents.AboutDeclaration.of(d), clock.today(), text));
        return d;
    }

    /** The declarations of an enterprise, newest first: the enterprise's own accounts and staff. */
    @Transactional
    public List<Declaration> of(Actor actor, Long enterpriseId) {
        Enterprise e = enterprises.getFor(actor, enterpriseId);
        return em.createQuery("SELECT d FROM Declaration d WHERE d.enterpriseId = :e ORDER BY d.declaredOn DESC, d.id DESC",
                Declaration.class).setParameter("e", e.getId()).getResultList();
    }

    /** What the public profile shows: declarations that stand or were breached (withdrawn ones are history). */
    @Transactional
    public List<Declaration> shownInPublic(String creditCode) {
        return em.createQuery("SELECT d FROM Declaration d WHERE d.creditCode = :c AND d.status <> :w"
                        + " ORDER BY d.kind, d.declaredOn DESC, d.id DESC", Declaration.class)
                .setParameter("c", creditCode).setParameter("w", Declaration.Status.WITHDRAWN).getResultList();
    }

    private Declaration find(Actor actor, Long id) {
        Declaration d = id == null ? null : em.find(Declaration.class, id);
        if (d == null || !(actor.isStaff() || actor.belongsTo(d.getEnterpriseId()))) {
            throw new NotFoundException("declaration " + id);
        }
        return d;
    }
}
