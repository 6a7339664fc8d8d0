package cn.tianjin.quality.platform.security;

import java.util.Locale;

/** The six roles. Each has its page folder, guarded in web.xml, and its home page. */
public enum Role {
    APPLICANT("enterprise"),
    RECOMMENDER("recommender"),
    EXPERT("expert"),
    /** Staff of a member organisation of the brand alliance; sees only what its organisation runs. */
    EVALUATOR("alliance"),
    OFFICIAL("official"),
    ADMIN("admin");

    private final String folder;

    Role(String folder) {
        this.folder = folder;
    }

    /** The name used by web.xml security constraints and {@code isUserInRole}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The page folder of this role, for example {@code /enterprise}. */
    public String folder() {
        return "/" + folder;
    }

    public String homePage() {
        return folder() + "/";
    }

    /** Roles whose accounts are created by staff; only applicants register themselves. */
    public boolean createdByStaff() {
        return this != APPLICANT;
    }
}
