package cn.tianjin.quality.enterprise;

/** Enterprise size as classified by the statistics bureau. Several programme rules depend on it (CQO qualification). */
public enum SizeClass {
    LARGE, MEDIUM, SMALL, MICRO;

    public String messageKey() {
        return "size." + name();
    }
}
