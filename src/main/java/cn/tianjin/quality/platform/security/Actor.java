package cn.tianjin.quality.platform.security;

/**
 * Who is asking: passed to every service method that reads or changes something, so the service can check
 * the caller's right to the object (not only its role) and name the caller in the audit log.
 */
public record Actor(Long userId, String username, Role role, Long enterpriseId, Long organisationId) {

    /** Anyone but an alliance evaluator: no organisation. */
    public Actor(Long userId, String username, Role role, Long enterpriseId) {
        this(userId, username, role, enterpriseId, null);
    }

    /** Someone not logged in (public pages, self-registration before the account exists). */
    public static Actor anonymous() {
        return new Actor(null, "anonymous", null, null);
    }

    /** The portal itself (start-up jobs, demo data, scheduled work). */
    public static Actor system() {
        return new Actor(null, "system", Role.ADMIN, null);
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean isStaff() {
        return role == Role.OFFICIAL || role == Role.ADMIN;
    }

    /**
     * Lets only bureau staff (officials and administrators) go on; anyone else is refused, and the refusal names who
     * tried {@code doing} what.
     */
    public void requireStaff(String doing) {
        if (!isStaff()) {
            throw new cn.tianjin.quality.platform.AccessDeniedException(username + " " + doing);
        }
    }

    public boolean belongsTo(Long enterprise) {
        return role == Role.APPLICANT && enterpriseId != null && enterpriseId.equals(enterprise);
    }

    /** Whether this is an evaluator of the alliance member organisation {@code organisation}. */
    public boolean evaluates(Long organisation) {
        return role == Role.EVALUATOR && organisationId != null && organisationId.equals(organisation);
    }

    public String roleName() {
        return role == null ? "anonymous" : role.roleName();
    }
}
