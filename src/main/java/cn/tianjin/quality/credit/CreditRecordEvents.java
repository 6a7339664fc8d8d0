package cn.tianjin.quality.credit;

import java.time.LocalDate;

/** Domain events of what enterprises declare and of the bureau's interviews, fired inside the changing transaction. */
public final class CreditRecordEvents {
    private CreditRecordEvents() {
    }

    /** Which declaration an event is about. */
    public record AboutDeclaration(Long declarationId, Long enterpriseId, String creditCode, Declaration.Kind kind,
                                   String summary) {
        static AboutDeclaration of(Declaration d) {
            return new AboutDeclaration(d.getId(), d.getEnterpriseId(), d.getCreditCode(), d.getKind(), d.summary());
        }
    }

    public record Declared(AboutDeclaration about, LocalDate on) {
    }

    public record Withdrawn(AboutDeclaration about, LocalDate on) {
    }

    /** An official marked a declaration breached: the enterprise did not keep what it declared. */
    public record Breached(AboutDeclaration about, LocalDate on, String reason) {
    }

    /** The bureau held a quality-safety interview with the enterprise. */
    public record Interviewed(Long interviewId, Long enterpriseId, String creditCode, LocalDate heldOn, String reason,
                              String requiredActions) {
    }

    /** What followed an interview was recorded. */
    public record FollowedUp(Long interviewId, String creditCode, LocalDate on, String text) {
    }
}
