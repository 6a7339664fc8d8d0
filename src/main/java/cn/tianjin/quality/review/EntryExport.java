package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.tables.ListExport;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A round's entries with their panels (/official/review-round), with the screen's search. It names entries,
 * enterprises and the experts seated on each, so it is for staff only: no expert gets it, in conflict or not.
 */
@ApplicationScoped
public class EntryExport extends ListExport {
    private static final int BATCH = 500;

    @Inject
    ReviewRoundService rounds;

    public EntryExport() {
        super("entries", "review.entries", "review.entry.number", "review.entry.title", "enterprise.name",
                "enterprise.industry", "review.panel");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        Long round = number(filters, "round");
        try {
            rounds.round(actor, round);
        } catch (NotFoundException e) {
            throw bad(filters, "round");
        }
        String q = ExportList.param(filters, "q");
        return out -> ExportList.paged(BATCH, (first, max) -> rounds.entryPage(actor, round, q, first, max, "id", true),
                e -> out.accept(Arrays.asList(e.getId(), e.getTitle(), e.getEnterpriseName(),
                        e.getIndustry() == null ? null : Messages.get(locale, "industry." + e.getIndustry()),
                        e.getPanel().stream().map(s -> s.expertName() + " (" + Messages.get(locale, "review.method." + s.method())
                                + ", #" + s.seatId() + ")").collect(Collectors.joining("; ")))));
    }
}
