package cn.tianjin.quality.demo;

import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.credit.DishonestyEntry;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Two dishonesty listings: one running (a veto today), one of four years ago that has ended. */
@ApplicationScoped
class CreditSeeder {
    @Inject
    PortalClock clock;

    @Inject
    CreditService credit;

    void seed(List<Enterprise> made) {
        LocalDate today = clock.today();
        entry(made.get(5), "产品质量监督抽查连续两次不合格且拒不整改", "津市监质罚〔2025〕17号", today.minusMonths(8));
        entry(made.get(11), "提供虚假质量检验报告", "津市监信〔2021〕5号", today.minusYears(4));
    }

    private void entry(Enterprise e, String reason, String source, LocalDate listed) {
        DishonestyEntry d = new DishonestyEntry();
        d.setCreditCode(e.getCreditCode());
        d.setEnterpriseName(e.getName());
        d.setReason(reason);
        d.setSourceDocument(source);
        d.setListedOn(listed);
        credit.add(Actor.system(), d);
    }
}
