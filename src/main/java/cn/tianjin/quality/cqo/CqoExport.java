package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.privacy.Masks;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.tables.ListExport;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The CQO filings in one state as officials list them (/official/cqo?status=), oldest filed first. The officer's name
 * leaves the portal masked, as the public registry shows it.
 */
@ApplicationScoped
public class CqoExport extends ListExport {
    static final int BATCH = 1000;

    @Inject
    CqoService cqo;

    public CqoExport() {
        super("cqo", "cqo.queue.title", "enterprise.name", "enterprise.creditCode", "enterprise.size",
                "cqo.label.personName", "cqo.label.rules", "cqo.label.filedAt", "cqo.label.registryNumber");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        FilingStatus status = choice(filters, "status", FilingStatus.class, FilingStatus.FILED);
        String met = Messages.get(locale, "cqo.rules.met");
        String notMet = Messages.get(locale, "cqo.rules.notMet");
        return out -> ExportList.paged(BATCH, (first, size) -> cqo.queue(actor, status, first, size), l -> out.accept(
                Arrays.asList(l.enterpriseName(), l.creditCode(), l.size() == null ? null : Messages.get(locale, "size." + l.size()),
                        Masks.name(l.filing().getPersonName()), l.filing().isRuleMet() ? met : notMet, l.filing().getFiledAt(),
                        l.filing().getRegistryNumber())));
    }
}
