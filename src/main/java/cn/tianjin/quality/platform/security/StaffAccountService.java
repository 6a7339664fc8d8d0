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

    /** Form for a staff-created account (recommender, expert, official, admin). */
    public record StaffAccountForm(String username, String displayName, String email, String phone, Role role,
                                   String organisation, String districtCode, String locale) {
    }

    /**
     * Admins create any staff account; officials create recommender and expert accounts. The holder receives an
     * invitation link to choose a password.
     */
    @Transactional
    public UserAccount createStaffAccount(Actor actor, StaffAccountForm f) {
        if (f.role() == null || !f.role().createdByStaff()) {
            throw BusinessException.onField("role", "account.role.staffOnly");
        }
        boolean allowed = actor.is(Role.ADMIN)
                || actor.is(Role.OFFICIAL) && (f.role() == Role.RECOMMENDER || f.role() == Role.EXPERT);
        if (!allowed) {
            throw new AccessDeniedException(actor.username() + " creating a " + f.role() + " account");
        }
        String name = AccountService.normalise(f.username());
        accounts.requireUsernameFree(name);
        UserAccount a = accounts.newAccount(name, f.displayName(), f.email(), f.role(), AccountStatus.INVITED, f.locale());
        a.setPhone(f.phone());
        a.setOrganisation(f.organisation());
        a.setDistrictCode(f.districtCode() == null || f.districtCode().isBlank() ? null : f.districtCode());
        em.persist(a);
        em.flush();
        audit.record(actor, UserAccount.AUDIT_TYPE, a.getId(), "create", "username=" + name + ", role=" + f.role()
                + ", organisation=" + f.organisation());
        String link = links.issue(a, OneTimeToken.Purpose.RESET, OneTimeLinks.INVITE_VALID, "/public/password-reset");
        notifications.mail(a.getEmail(), a.getLocale(), "mail.staffInvite.subject", "mail.staffInvite.body",
                a.getDisplayName(), a.getUsername(), link, OneTimeLinks.INVITE_VALID.toDays());
        return a;
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
