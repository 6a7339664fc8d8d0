package cn.tianjin.quality.review;

import java.io.Serializable;
import java.util.List;

/** A category of a rubric, such as 4.1 Leadership (110 points), with its items in the order they are scored. */
public record RubricCategory(String code, String nameZh, String nameEn, int points, List<RubricItem> items) implements Serializable {

    public RubricCategory {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The sum of the items' points, which a valid rubric keeps equal to {@link #points()}. */
    public int itemPoints() {
        return items.stream().mapToInt(RubricItem::points).sum();
    }
}
