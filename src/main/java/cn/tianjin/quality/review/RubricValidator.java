package cn.tianjin.quality.review;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything wrong with a rubric, all at once, so that an official editing one sees the whole list rather than
 * fixing problems one save at a time. An empty list means the rubric may be stored and used for scoring.
 *
 * <p>Problems name the category or item by its code. Where the code itself is blank the position stands in:
 * {@code #3} for the third category, {@code 4.1 #2} for the second item of category 4.1.
 */
public final class RubricValidator {

    /** The same rule the rubric service applies to a copied rubric's code; the code also names export files. */
    private static final String RUBRIC_CODE_PATTERN = "[A-Za-z0-9._-]{2,60}";

    private RubricValidator() {
    }

    public static List<RubricProblem> problems(RubricDefinition r) {
        List<RubricProblem> problems = new ArrayList<>();
        if (blank(r.code())) {
            problems.add(problem("rubric.code.blank"));
        } else if (!r.code().matches(RUBRIC_CODE_PATTERN)) {
            problems.add(problem("rubric.code.invalid", r.code()));
        }
        if (blank(r.nameZh())) {
            problems.add(problem("rubric.nameZh.blank"));
        }
        if (blank(r.nameEn())) {
            problems.add(problem("rubric.nameEn.blank"));
        }
        if (r.categories().isEmpty()) {
            problems.add(problem("rubric.noCategories"));
            return problems;
        }

        Map<String, Integer> categoryPositions = new HashMap<>();
        Map<String, ItemPlace> itemPlaces = new HashMap<>();
        int categoryPosition = 0;
        for (RubricCategory c : r.categories()) {
            categoryPosition++;
            String where = blank(c.code()) ? "#" + categoryPosition : c.code();
            if (blank(c.code())) {
                problems.add(problem("rubric.category.code.blank", categoryPosition));
            } else {
                Integer first = categoryPositions.putIfAbsent(c.code(), categoryPosition);
                if (first != null) {
                    problems.add(problem("rubric.category.duplicate", c.code(), first, categoryPosition));
                }
            }
            if (blank(c.nameZh())) {
                problems.add(problem("rubric.category.nameZh.blank", where));
            }
            if (blank(c.nameEn())) {
                problems.add(problem("rubric.category.nameEn.blank", where));
            }
            if (c.items().isEmpty()) {
                // The sum check would say the same less helpfully.
                problems.add(problem("rubric.category.noItems", where));
                continue;
            }
            int itemPosition = 0;
            for (RubricItem i : c.items()) {
                itemPosition++;
                checkItem(i, where, itemPosition, itemPlaces, problems);
            }
            if (c.itemPoints() != c.points()) {
                problems.add(problem("rubric.categorySum", where, c.points(), c.itemPoints()));
            }
        }

        int actualTotal = r.categories().stream().mapToInt(RubricCategory::points).sum();
        if (actualTotal != r.totalPoints()) {
            problems.add(problem("rubric.totalSum", r.totalPoints(), actualTotal));
        }
        return problems;
    }

    private static void checkItem(RubricItem i, String category, int position, Map<String, ItemPlace> itemPlaces,
            List<RubricProblem> problems) {
        String where = blank(i.code()) ? category + " #" + position : i.code();
        if (blank(i.code())) {
            problems.add(problem("rubric.item.code.blank", category, position));
        } else {
            ItemPlace first = itemPlaces.putIfAbsent(i.code(), new ItemPlace(category, position));
            if (first != null) {
                problems.add(problem("rubric.item.duplicate", i.code(), first.category(), first.position(), category, position));
            }
        }
        if (blank(i.nameZh())) {
            problems.add(problem("rubric.item.nameZh.blank", where));
        }
        if (blank(i.nameEn())) {
            problems.add(problem("rubric.item.nameEn.blank", where));
        }
        if (i.points() <= 0) {
            problems.add(problem("rubric.item.points", where, i.points()));
        }
        if (i.kind() == null) {
            problems.add(problem("rubric.item.kindMissing", where));
        }
        Set<ScoreBand> seen = EnumSet.noneOf(ScoreBand.class);
        for (BandGuidance g : i.bands()) {
            if (g.band() == null) {
                problems.add(problem("rubric.band.missing", where));
                continue;
            }
            if (!seen.add(g.band())) {
                problems.add(problem("rubric.band.duplicate", where, g.band().label()));
            }
            // The portal is bilingual throughout: guidance an expert cannot read in their language is no guidance.
            if (blank(g.textZh())) {
                problems.add(problem("rubric.band.textZh.blank", where, g.band().label()));
            }
            if (blank(g.textEn())) {
                problems.add(problem("rubric.band.textEn.blank", where, g.band().label()));
            }
        }
    }

    private record ItemPlace(String category, int position) {
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static RubricProblem problem(String key, Object... args) {
        return new RubricProblem(key, args);
    }
}
