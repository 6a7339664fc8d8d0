package cn.tianjin.quality.cqo;

import java.time.LocalDate;

/** Domain events of CQO filings, fired inside the changing transaction; the credit file and inboxes observe them. */
public final class CqoEvents {
    private CqoEvents() {
    }

    /** Which filing, of which enterprise, and the person as lists may show them (name masked). */
    public record About(Long filingId, Long enterpriseId, String creditCode, String maskedName, String registryNumber) {
    }

    public record Returned(About filing, String reasons) {
    }

    public record Registered(About filing, LocalDate on) {
    }

    /** Duties or team of a registered CQO changed; {@code what} names the change. */
    public record Changed(About filing, String what, LocalDate on) {
    }

    public record Ended(About filing, EndKind kind, boolean byBureau, String reason, LocalDate on) {
    }

    /** An enterprise was reminded of its report on {@code year} at a level of {@link ReportSchedule}. */
    public record ReportReminded(Long enterpriseId, int year, int level, LocalDate deadline) {
    }

    /** After the deadline: {@code late} enterprises have not submitted their report on {@code year}. */
    public record ReportsOverdue(int year, long late, LocalDate deadline) {
    }
}
