package cn.tianjin.quality.cqo;

/** The members of the enterprise's quality team filed with its CQO. */
public enum TeamRole {
    /** 质量经理 */
    QUALITY_MANAGER,
    /** 质量工程师 */
    QUALITY_ENGINEER,
    /** 质量技术能手 */
    SKILLED_TECHNICIAN;

    public String messageKey() {
        return "cqo.teamRole." + name();
    }
}
