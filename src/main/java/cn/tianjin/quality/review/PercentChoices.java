package cn.tianjin.quality.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The percentages a rubric item may be given (0 %, 5 % ... 100 %), as ready-made choices for every page that scores
 * items: the score sheet, consensus, the application's self-scores and the self-assessment.
 *
 * <p>Given as {@link SelectItem}s rather than numbers with an item expression: Faces checks a posted choice against the
 * list when it decodes and again when it validates, and with an expression it evaluated value and label of all 21
 * choices for every item of the sheet each time (a third of the CPU of a score-sheet save).
 */
@Named
@ApplicationScoped
public class PercentChoices {
    private static final List<SelectItem> ITEMS = IntStream.rangeClosed(0, ScoreMath.MAX_PERCENT / ScoreMath.PERCENT_STEP)
            .map(i -> i * ScoreMath.PERCENT_STEP)
            .mapToObj(p -> new SelectItem(p, p + "%"))
            .toList();

    public List<SelectItem> getItems() {
        return ITEMS;
    }
}
