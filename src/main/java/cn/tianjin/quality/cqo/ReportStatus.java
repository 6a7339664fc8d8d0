package cn.tianjin.quality.cqo;

/** Where a yearly work report stands. */
public enum ReportStatus {
    DRAFT, SUBMITTED;

    public String messageKey() {
        return "cqo.report.status." + name();
    }
}
