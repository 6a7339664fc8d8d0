package cn.tianjin.quality.platform.security;

/** Life of an account. Nothing is deleted: a deactivated account keeps its history attributable. */
public enum AccountStatus {
    /** Registered, waiting for the e-mailed confirmation link. */
    UNCONFIRMED,
    /** Invited by a colleague or created by staff, waiting for its holder to choose a password. */
    INVITED,
    ACTIVE,
    DEACTIVATED
}
