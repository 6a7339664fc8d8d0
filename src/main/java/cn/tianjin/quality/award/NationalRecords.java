package cn.tianjin.quality.award;

import cn.tianjin.quality.credit.CreditFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The China Quality Award step in the enterprise's credit file: the bureau's recommendation, and a national honour
 * (the award or its nomination) when recorded; a nominee the national award passed over adds nothing.
 */
@ApplicationScoped
public class NationalRecords {
    @Inject
    CreditFile creditFile;

    void recommended(@Observes NationalEvents.Recommended e) {
        NationalEvents.About n = e.nominee();
        creditFile.add(n.creditCode(), e.on(), "NATIONAL_RECOMMENDED", "national.kind." + n.kind(), line(n),
                NationalNominee.AUDIT_TYPE, n.nomineeId());
    }

    void decided(@Observes NationalEvents.Decided e) {
        if (e.outcome() != NationalNominee.Outcome.AWARDED && e.outcome() != NationalNominee.Outcome.NOMINATED) {
            return;
        }
        NationalEvents.About n = e.nominee();
        creditFile.add(n.creditCode(), e.on(), "NATIONAL_" + e.outcome(), "national.kind." + n.kind(),
                line(n) + (e.note() == null ? "" : "：" + e.note()), NationalNominee.AUDIT_TYPE, n.nomineeId());
    }

    /** The line's own words: the edition and, for a person, who. */
    private static String line(NationalEvents.About n) {
        return "第" + n.editionNo() + "届中国质量奖" + (n.personName() == null ? "" : " · " + n.personName());
    }
}
