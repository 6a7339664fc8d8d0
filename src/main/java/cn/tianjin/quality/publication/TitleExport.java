package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.tables.ListExport;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Published titles of every programme, or of the one chosen on /official/titles, with their validity and status. */
@ApplicationScoped
public class TitleExport extends ListExport {
    @Inject
    TitleService titles;

    public TitleExport() {
        super("titles", "titles.title", "verify.serial", "rubric.programme", "title.year", "title.level", "title.enterprise",
                "enterprise.creditCode", "title.model", "export.title.validFrom", "export.title.validUntil", "title.status",
                "export.title.revoked");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        // An unknown programme code selects nothing, as on the page.
        String programme = ExportList.param(filters, "programme");
        return out -> titles.all(actor, programme).forEach(t -> out.accept(Arrays.asList(t.getSerial(),
                Messages.get(locale, "programme." + t.getProgramme()), t.getYear(),
                Messages.get(locale, "title.level." + t.getLevel()), t.getEnterpriseName(), t.getCreditCode(),
                t.getSubjectName(), t.getValidFrom(), t.getValidUntil(), Messages.get(locale, "title.status." + t.getStatus()),
                t.getRevokedReason())));
    }
}
