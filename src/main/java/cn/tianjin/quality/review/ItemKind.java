package cn.tianjin.quality.review;

import java.util.List;

/**
 * How an item is judged. Process items (4.1-4.6 of GB/T 19580) are judged by approach, deployment, learning and
 * integration (方法、展开、学习、整合); results items (4.7) by levels, trends, comparisons and integration
 * (水平、趋势、对比、整合). Each kind's four dimensions have message keys so that score sheets and feedback reports
 * can name them in the reader's language.
 */
public enum ItemKind {
    PROCESS("rubric.kind.process", List.of(
            "rubric.dimension.approach",
            "rubric.dimension.deployment",
            "rubric.dimension.learning",
            "rubric.dimension.processIntegration")),
    RESULTS("rubric.kind.results", List.of(
            "rubric.dimension.levels",
            "rubric.dimension.trends",
            "rubric.dimension.comparisons",
            "rubric.dimension.resultsIntegration"));

    private final String messageKey;
    private final List<String> dimensionKeys;

    ItemKind(String messageKey, List<String> dimensionKeys) {
        this.messageKey = messageKey;
        this.dimensionKeys = dimensionKeys;
    }

    public String messageKey() {
        return messageKey;
    }

    /**
     * The four dimensions in the order assessors walk through them. Integration has a key per kind because it means
     * different things: for a process, alignment with organisational needs; for results, coverage of key requirements.
     */
    public List<String> dimensionKeys() {
        return dimensionKeys;
    }
}
