package cn.tianjin.quality.cqo;

/** Highest education completed, from the lowest up; the qualification rules compare by this order. */
public enum Education {
    /** 中专、技校、职高 */
    SECONDARY_TECHNICAL,
    /** 大专 */
    ASSOCIATE,
    /** 本科 */
    BACHELOR,
    /** 硕士 */
    MASTER,
    /** 博士 */
    DOCTORATE;

    public String messageKey() {
        return "cqo.education." + name();
    }

    public boolean atLeast(Education other) {
        return compareTo(other) >= 0;
    }
}
