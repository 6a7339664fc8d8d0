package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.tables.ListExport;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import cn.tianjin.quality.enterprise.Industry;
import cn.tianjin.quality.enterprise.SizeClass;
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
        TitleService.StaffFilter f = TitlesBacking.filter(ExportList.param(filters, "programme"),
                ExportList.param(filters, "district"), choice(filters, "industry", Industry.class, null),
                choice(filters, "size", SizeClass.class, null), year(filters), "1".equals(ExportList.param(filters, "counted")));
        return out -> titles.all(actor, f).forEach(t -> out.accept(Arrays.asList(t.getNumber(),
                Messages.get(locale, "programme." + t.getProgramme()), t.getYear(),
                Messages.get(locale, "title.level." + t.getLevel()), t.getEnterpriseName(), t.getCreditCode(),
                t.getSubjectName(), t.getValidFrom(), t.getValidUntil(), Messages.get(locale, "title.status." + t.getStatus()),
                t.getRevokedReason())));
    }

    private static Integer year(Map<String, String> filters) {
        Long y = number(filters, "year");
        if (y != null && (y < 1900 || y > 2999)) {
            throw bad(filters, "year");
        }
        return y == null ? null : y.intValue();
    }
}
