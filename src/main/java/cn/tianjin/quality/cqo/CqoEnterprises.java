package cn.tianjin.quality.cqo;

import cn.tianjin.quality.steering.TargetMeasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The city's count of enterprises running the chief quality officer system: those with a registered CQO now. */
@ApplicationScoped
public class CqoEnterprises implements TargetMeasure {
    static final String CODE = "CQO_ENTERPRISES";

    @Inject
    CqoService cqo;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Reading read() {
        return new Reading(cqo.registeredEnterprises(), cqo.yearEnds().stream()
                .map(y -> new Point(y.year(), y.enterprises())).toList(), "/official/cqo?status=" + FilingStatus.REGISTERED);
    }
}
