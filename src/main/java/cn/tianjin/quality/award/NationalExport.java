package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ListExport;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The nominees of an edition of the China Quality Award step (/official/national-round?id=), with their outcomes. */
@ApplicationScoped
public class NationalExport extends ListExport {
    @Inject
    NationalService national;

    public NationalExport() {
        super("national", "national.title.list", "national.kind", "national.name", "national.person.role",
                "national.enterprise", "enterprise.creditCode", "national.written", "national.outcome", "national.outcome.on");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        NationalService.Detail d;
        try {
            d = national.detail(actor, number(filters, "round"));
        } catch (NotFoundException e) {
            throw bad(filters, "round");
        }
        return out -> d.nominees().forEach(l -> out.accept(row(l, locale)));
    }

    /** A nominee's row, as the export and the package's spreadsheet write it. */
    static List<?> row(NationalService.Line l, Locale locale) {
        NationalNominee n = l.nominee();
        return Arrays.asList(Messages.get(locale, "national.kind." + n.getKind()), l.name(), n.getPersonRole(),
                l.enterpriseName(), l.creditCode(), l.written() + "/" + l.sections(),
                Messages.get(locale, "national.outcome." + n.getOutcome()), n.getOutcomeOn());
    }
}
