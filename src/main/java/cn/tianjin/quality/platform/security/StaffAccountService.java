package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.db.Like;
import cn.tianjin.quality.platform.notify.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * Accounts as staff manage them: staff-created accounts (recommender, expert, official, admin) invited by e-mail,
 * deactivation and reactivation, and the searchable account list.
 */
@ApplicationScoped
public class StaffAccountService {
    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    OneTimeLinks links;

    @Inject
    AuditLog audit;

    @Inject
    NotificationService notifications;

    @Inject
    Organisations organisations;

    /** Form for a staff-created account (recommender, expert, official, admin). */
    public record StaffAccountForm(String username, String displayName, String email, String phone, Role role,
                                   String organisation, String districtCode, String locale) {
    }

    /**
     * Admins create any staff account but an evaluator's; officials create recommender and expert accounts. The holder
     * receives an invitation link to choose a password. Evaluator accounts are made for their organisation
     * ({@link #createEvaluator}).
     */
    @Transactional
    public UserAccount createStaffAccount(Actor actor, StaffAccountForm f) {
        if (f.role() == null || !f.role().createdByStaff()) {
            throw BusinessException.onField("role", "account.role.staffOnly");
        }
        if (f.role() == Role.EVALUATOR) {
            throw BusinessException.onField("role", "account.role.evaluatorOfOrganisation");
        }
        boolean allowed = actor.is(Role.ADMIN)
                || actor.is(Role.OFFICIAL) && (f.role() == Role.RECOMMENDER || f.role() == Role.EXPERT);
        if (!allowed) {
            throw new AccessDeniedException(actor.username() + " creating a " + f.role() + " account");
        }
        return invite(actor, f, f.role(), null, f.organisation());
    }

    /**
     * An evaluator account of an organisation that may act now (an alliance member not suspended), made by bureau
     * staff; the form's role and organisation name are the organisation's.
     */
    @Transactional
    public UserAccount createEvaluator(Actor actor, Long organisationId, StaffAccountForm f) {
        return createOrganisationStaff(actor, organisationId, f, Role.EVALUATOR);
    }

    /**
     * An account of an organisation that may act now, made by bureau staff: an evaluator, or an expert the organisation
     * puts into the review pool (an alliance member's expert, seated and in conflict as any other expert). While the
     * organisation is suspended neither can act ({@link AccountService#mayAct}).
     */
    @Transactional
    public UserAccount createOrganisationStaff(Actor actor, Long organisationId, StaffAccountForm f, Role role) {
        actor.requireStaff("creating an account of an organisation");
        if (role != Role.EVALUATOR && role != Role.EXPERT) {
            throw BusinessException.onField("role", "account.role.ofOrganisation");
        }
        String organisation = organisations.activeName(organisationId, "organisation", "account.organisation.required",
                "account.organisation.suspended");
        return invite(actor, f, role, organisationId, organisation);
    }

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("[0-9+() -]*");

    /** Refuses what the account could not hold, field by field, before anything is stored. */
    private static void check(StaffAccountForm f) {
        String username = AccountService.normalise(f.username());
        if (username.length() < 3 || username.length() > 64 || !username.matches("[a-z0-9._-]+")) {
            throw BusinessException.onField("username", "account.username.invalid");
        }
        String display = f.displayName() == null ? "" : f.displayName().strip();
        if (display.isEmpty()) {
            throw BusinessException.onField("displayName", "account.displayName.required");
        }
        if (display.length() > 100) {
            throw BusinessException.onField("displayName", "text.tooLong", 100);
        }
        String email = f.email() == null ? "" : f.email().strip();
        if (email.length() > 200 || !EMAIL.matcher(email).matches()) {
            throw BusinessException.onField("email", "account.email.invalid");
        }
        if (f.phone() != null && (f.phone().length() > 30 || !PHONE.matcher(f.phone()).matches())) {
            throw BusinessException.onField("phone", "account.phone.invalid");
        }
    }

    private UserAccount invite(Actor actor, StaffAccountForm f, Role role, Long organisationId, String organisation) {
        check(f);
        String name = AccountService.normalise(f.username());
        accounts.requireUsernameFree(name);
        UserAccount a = accounts.newAccount(name, f.displayName(), f.email(), role, AccountStatus.INVITED, f.locale());
        a.setPhone(f.phone());
        a.setOrganisation(organisation);
        a.setOrganisationId(organisationId);
        a.setDistrictCode(f.districtCode() == null || f.districtCode().isBlank() ? null : f.districtCode());
        em.persist(a);
        em.flush();
        audit.record(actor, UserAccount.AUDIT_TYPE, a.getId(), "create", "username=" + name + ", role=" + role
                + ", organisation=" + organisation);
        String link = links.issue(a, OneTimeToken.Purpose.RESET, OneTimeLinks.INVITE_VALID, "/public/password-reset");
        notifications.mail(a.getEmail(), a.getLocale(), "mail.staffInvite.subject", "mail.staffInvite.body",
                a.getDisplayName(), a.getUsername(), link, OneTimeLinks.INVITE_VALID.toDays());
        return a;
    }

    /** The evaluator accounts of each organisation, for bureau staff. */
    @Transactional
    public java.util.Map<Long, List<UserAccount>> evaluators(Actor actor) {
        actor.requireStaff("listing evaluator accounts");
        java.util.Map<Long, List<UserAccount>> byOrganisation = new java.util.HashMap<>();
        for (UserAccount a : em.createQuery("SELECT u FROM UserAccount u WHERE u.organisationId IS NOT NULL"
                        + " ORDER BY u.role DESC, u.username", UserAccount.class).getResultList()) {
            byOrganisation.computeIfAbsent(a.getOrganisationId(), k -> new java.util.ArrayList<>()).add(a);
        }
        return byOrganisation;
    }

    /** Deactivates (never deletes) an account. Admins may deactivate any other account, officials non-staff ones. */
    @Transactional
    public void setActive(Actor actor, Long userId, boolean active) {
        UserAccount a = accounts.get(userId);
        boolean allowed = actor.is(Role.ADMIN)
                || actor.is(Role.OFFICIAL) && a.getRole() != Role.ADMIN && a.getRole() != Role.OFFICIAL;
        if (!allowed || a.getId().equals(actor.userId())) {
            throw new AccessDeniedException(actor.username() + " changing account " + userId);
        }
        AccountStatus before = a.getStatus();
        AccountStatus after = active ? AccountStatus.ACTIVE : AccountStatus.DEACTIVATED;
        if (before == after) {
            return;
        }
        if (active && before != AccountStatus.DEACTIVATED) {
            throw new BusinessException("account.notDeactivated");
        }
        a.setStatus(after);
        audit.record(actor, UserAccount.AUDIT_TYPE, a.getId(), active ? "reactivate" : "deactivate", "status " + before + " -> " + after);
    }

    public record AccountFilter(String text, Role role, AccountStatus status) {
    }

    @Transactional
    public List<UserAccount> search(Actor actor, AccountFilter f, int first, int max) {
        actor.requireStaff("listing accounts");
        return filtered(f, "SELECT u FROM UserAccount u", " ORDER BY u.role, u.username", UserAccount.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional
    public long count(Actor actor, AccountFilter f) {
        actor.requireStaff("listing accounts");
        return filtered(f, "SELECT COUNT(u) FROM UserAccount u", "", Long.class).getSingleResult();
    }

    private <T> jakarta.persistence.TypedQuery<T> filtered(AccountFilter f, String select, String order, Class<T> type) {
        String where = " WHERE (:text IS NULL OR LOWER(u.username) LIKE :text OR LOWER(u.displayName) LIKE :text"
                + " OR LOWER(u.email) LIKE :text) AND (:role IS NULL OR u.role = :role)"
                + " AND (:status IS NULL OR u.status = :status)";
        String text = f.text() == null || f.text().isBlank() ? null : Like.contains(f.text().trim().toLowerCase(Locale.ROOT));
        return em.createQuery(select + where + order, type)
                .setParameter("text", text).setParameter("role", f.role()).setParameter("status", f.status());
    }
}
