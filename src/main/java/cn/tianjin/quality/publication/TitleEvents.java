package cn.tianjin.quality.publication;

import java.time.LocalDate;

/**
 * Domain events of titles, fired inside the changing transaction; the credit file and the holder's inbox are written by
 * their observers ({@link TitleRecords}), and programmes may observe them too.
 */
public final class TitleEvents {
    private TitleEvents() {
    }

    /** What every title event says about its title; its serial, or the paper certificate's number before the portal. */
    public record About(Long titleId, String programme, String level, String serial, String subjectName, Long enterpriseId,
                        String creditCode) {
        static About of(Title t) {
            return new About(t.getId(), t.getProgramme(), t.getLevel(), t.getNumber(), t.getSubjectName(), t.getEnterpriseId(),
                    t.getCreditCode());
        }
    }

    /** A title was published, or one given before the portal was recorded ({@code imported}). */
    public record Awarded(About title, LocalDate on, boolean imported) {
    }

    /** A revocation case was opened against a title. */
    public record CaseOpened(About title, String grounds) {
    }

    /** A case was decided: the title revoked, or kept. */
    public record CaseDecided(About title, boolean revoked, String reason, LocalDate on, RevocationCase.Origin ground) {
    }

    /** A title's validity ended. */
    public record Expired(About title, LocalDate on) {
    }

    /** A title was suspended (a yearly report missing after its warning, say): it may not be named until reinstated. */
    public record Suspended(About title, String reason, LocalDate on) {
    }

    /** A suspended title holds again (the missing report filed, say). */
    public record Reinstated(About title, String reason, LocalDate on) {
    }
}
