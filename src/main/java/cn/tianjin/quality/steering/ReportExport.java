package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ListExport;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * A periodic report's last periods (/official/report?id=) as a long table: one row per period, filer and figure, with
 * the filing day or the filer's state (late, not yet), ready for a pivot table.
 */
@ApplicationScoped
public class ReportExport extends ListExport {
    @Inject
    PeriodicReports reports;

    public ReportExport() {
        super("periodic-report", "report.one.title", "report.period", "report.dueDay", "report.filer", "report.organisation",
                "report.figureName", "report.field.unit", "target.figure", "report.filedOn");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        Long id = number(filters, "id");
        if (id == null) {
            throw bad(filters, "id");
        }
        PeriodicReports.Detail d = reports.detail(actor, id);
        return out -> {
            for (PeriodicReports.PeriodLines p : d.periods()) {
                for (PeriodicReports.FilerLine l : p.lines()) {
                    Object state = l.filing() != null ? l.filing().getSubmittedAt()
                            : Messages.get(locale, l.late() ? "report.lateMark" : "report.notYet");
                    for (int i = 0; i < d.fields().size(); i++) {
                        ReportField f = d.fields().get(i);
                        out.accept(Arrays.asList(p.period().key(), p.due(), l.filer().name(), l.filer().organisation(),
                                f.label(locale), f.getUnit(), l.figures().get(i), state));
                    }
                }
            }
        };
    }
}
