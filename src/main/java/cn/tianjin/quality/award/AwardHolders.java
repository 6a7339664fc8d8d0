package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.publication.Holders;
import cn.tianjin.quality.publication.TitleService;
import cn.tianjin.quality.steering.TargetMeasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The city's count of enterprises holding the Tianjin Quality Award or its nomination award: distinct enterprises,
 * revoked titles left out, titles given before the portal counted once imported ({@link Holders}).
 */
@ApplicationScoped
public class AwardHolders implements TargetMeasure {
    static final String CODE = "AWARD_HOLDERS";

    @Inject
    TitleService titles;

    @Inject
    PortalClock clock;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Reading read() {
        List<Holders.Held> held = titles.held(AwardProgramme.CODE, List.of(AwardProgramme.AWARD, AwardProgramme.NOMINATION));
        return new Reading(Holders.count(held), Holders.cumulative(held, clock.today().getYear()).stream()
                .map(y -> new Point(y.year(), y.enterprises())).toList(), "/official/titles?programme=" + AwardProgramme.CODE);
    }
}
