package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.PortalClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * What the credit register says about an enterprise on the pages of others (the enterprise's own home page, the
 * official's enterprise page): {@code #{creditStatus.of(code).vetoed()}}. The register of enterprises shows it
 * without asking the credit register itself, which stands above it.
 */
@Named
@RequestScoped
public class CreditStatus {
    @Inject
    PortalClock clock;

    @Inject
    CreditService credit;

    private final Map<String, CreditService.Veto> read = new HashMap<>();

    /** The veto on the enterprise today, read once per request. */
    public CreditService.Veto of(String creditCode) {
        return read.computeIfAbsent(creditCode, code -> credit.veto(code, clock.today()));
    }
}
