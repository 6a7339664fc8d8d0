package cn.tianjin.quality.credit;

import java.time.LocalDate;

/** Domain events of the credit register, fired inside the changing transaction. */
public final class CreditEvents {
    private CreditEvents() {
    }

    /**
     * A new dishonesty entry. Programmes observe it to stop pending applications and to open revocation cases
     * against holders of titles.
     */
    public record Listed(Long entryId, String creditCode, String enterpriseName, LocalDate listedOn, LocalDate removalOn,
                         String reason) {
    }

    /** An entry's dates or text were corrected. */
    public record Corrected(Long entryId, String creditCode, String changes) {
    }

    /** An entry was ended early by an official (for example after credit repair). */
    public record Ended(Long entryId, String creditCode, LocalDate endedOn, String why) {
    }
}
