package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ranking of a locked round (/official/review-results) as officials see it. It names entries and enterprises, so
 * it is for staff only: no expert gets it, in conflict with an entry or not.
 */
@ApplicationScoped
public class RankingExport implements ExportList {
    @Inject
    ResultsService results;

    @Override
    public String name() {
        return "ranking";
    }

    @Override
    public String titleKey() {
        return "results.ranking";
    }

    @Override
    public List<String> columnKeys() {
        return List.of("results.rank", "review.entry.title", "enterprise.name", "results.score", "results.separatedBy");
    }

    @Override
    public void requireReader(Actor actor) {
        actor.requireStaff("exporting a ranking");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        String round = ExportList.param(filters, "round");
        ResultsService.Board board;
        try {
            board = results.board(actor, Long.valueOf(round));
        } catch (NumberFormatException | NotFoundException e) {
            throw new BusinessException("export.badFilter", "round", round);
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
