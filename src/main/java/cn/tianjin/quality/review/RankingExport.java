package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ListExport;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The ranking of a locked round (/official/review-results) as officials see it. It names entries and enterprises, so
 * it is for staff only: no expert gets it, in conflict with an entry or not.
 */
@ApplicationScoped
public class RankingExport extends ListExport {
    @Inject
    ResultsService results;

    public RankingExport() {
        super("ranking", "results.ranking", "results.rank", "review.entry.title", "enterprise.name", "results.score",
                "results.separatedBy");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        ResultsService.Board board;
        try {
            board = results.board(actor, number(filters, "round"));
        } catch (NotFoundException e) {
            throw bad(filters, "round");
        }
        if (!board.round().isLocked()) {
            throw new BusinessException("export.ranking.notLocked");
        }
        return out -> board.ranking().forEach(p -> {
            ReviewEntry e = board.entry(p.entry().entryId());
            out.accept(Arrays.asList(p.rank(), e.getTitle(), board.enterpriseNames().get(e.getEnterpriseId()), p.entry().score(),
                    p.separatedBy() == null ? null : Messages.get(locale, "results.criterion." + p.separatedBy())));
        });
    }
}
