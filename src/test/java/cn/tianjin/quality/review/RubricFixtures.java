package cn.tianjin.quality.review;

import java.util.ArrayList;
import java.util.List;

/**
 * Small rubrics for tests, built the way an official would fill in the editor. The default is valid (100 points:
 * category 1 with items 1.1 and 1.2, category 2 with item 2.1); tests break exactly the part they are about.
 */
final class RubricFixtures {

    private RubricFixtures() {
    }

    static RubricDefinition valid() {
        return rubric(100,
                category("1", 60, item("1.1", 40, ItemKind.PROCESS), item("1.2", 20, ItemKind.PROCESS)),
                category("2", 40, item("2.1", 40, ItemKind.RESULTS)));
    }

    static RubricDefinition rubric(int totalPoints, RubricCategory... categories) {
        return new RubricDefinition("test-rubric", "测试细则", "Test rubric", totalPoints, List.of(categories));
    }

    static RubricCategory category(String code, int points, RubricItem... items) {
        return new RubricCategory(code, "类别" + code, "Category " + code, points, List.of(items));
    }

    static RubricItem item(String code, int points, ItemKind kind) {
        return item(code, points, kind, guidance(ScoreBand.values()));
    }

    static RubricItem item(String code, int points, ItemKind kind, List<BandGuidance> bands) {
        return new RubricItem(code, "条目" + code, "Item " + code, points, kind, bands);
    }

    static List<BandGuidance> guidance(ScoreBand... bands) {
        List<BandGuidance> list = new ArrayList<>();
        for (ScoreBand b : bands) {
            list.add(new BandGuidance(b, "指引 " + b.label(), "Guidance " + b.label()));
        }
        return list;
    }
}
