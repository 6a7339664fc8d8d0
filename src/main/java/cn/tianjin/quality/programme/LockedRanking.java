package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.review.Ranking;
import cn.tianjin.quality.review.ResultsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The locked ranking of a campaign's review as a programme's rule reads it (each place's application and score, best
 * first), and the proposal made of the levels the rule gives the places: for programmes whose proposal follows the
 * review's score alone.
 */
@ApplicationScoped
public class LockedRanking {
    @Inject
    ResultsService results;

    /** One place of the ranking: the application it came from and its locked score. */
    public record Place(long applicationId, BigDecimal score) {
    }

    /** The places of the campaign's locked ranking, best first; refused with {@code notLockedKey} before it is locked. */
    public List<Place> of(Campaign c, String notLockedKey) {
        ResultsService.Board board = c.getReviewRoundId() == null ? null : results.board(Actor.system(), c.getReviewRoundId());
        if (board == null || !board.round().isLocked()) {
            throw new BusinessException(notLockedKey);
        }
        List<Place> places = new ArrayList<>();
        for (Ranking.Place p : board.ranking()) {
            places.add(new Place(board.entry(p.entry().entryId()).getSourceId(), p.entry().score()));
        }
        return places;
    }

    /** The proposal: each place in ranking order at the level the rule gave it ({@code levels}, same order; null: none). */
    public static List<Programme.Proposal> proposal(List<Place> places, List<String> levels) {
        List<Programme.Proposal> proposal = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            proposal.add(new Programme.Proposal(places.get(i).applicationId(), i + 1, levels.get(i)));
        }
        return proposal;
    }

    /** Each place's application with the level the rule gave it. */
    public static Map<Long, String> byApplication(List<Place> places, List<String> levels) {
        Map<Long, String> now = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            now.put(places.get(i).applicationId(), levels.get(i));
        }
        return now;
    }
}
