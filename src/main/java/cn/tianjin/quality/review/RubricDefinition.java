package cn.tianjin.quality.review;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of one rubric version: categories and items with their points and band guidance. Rubrics are data
 * (stored as JSON by {@link RubricJson}), so an official can correct points or add a rubric without a release.
 * Item codes are unique across the whole rubric, which is what lets score sheets refer to an item by code alone.
 */
public record RubricDefinition(String code, String nameZh, String nameEn, int totalPoints, List<RubricCategory> categories) implements Serializable {

    public RubricDefinition {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public Optional<RubricCategory> findCategory(String categoryCode) {
        return categories.stream().filter(c -> Objects.equals(c.code(), categoryCode)).findFirst();
    }

    public Optional<RubricItem> findItem(String itemCode) {
        return items().stream().filter(i -> Objects.equals(i.code(), itemCode)).findFirst();
    }

    /**
     * @throws IllegalArgumentException when the rubric has no such item: a score sheet naming an unknown item is a
     *                                  bug, not something a user can fix
     */
    public RubricItem getItem(String itemCode) {
        return findItem(itemCode).orElseThrow(() -> new IllegalArgumentException("no item " + itemCode + " in rubric " + code));
    }

    /** Every item, category by category, in rubric order. */
    public List<RubricItem> items() {
        return categories.stream().flatMap(c -> c.items().stream()).toList();
    }

    public Optional<RubricCategory> categoryOf(String itemCode) {
        return categories.stream()
                .filter(c -> c.items().stream().anyMatch(i -> Objects.equals(i.code(), itemCode)))
                .findFirst();
    }
}
