package cn.tianjin.quality.review;

import java.io.Serializable;

/**
 * What an entry looks like when an item deserves a score in {@code band}, in both languages: the text experts
 * compare an application against before they pick a percentage.
 */
public record BandGuidance(ScoreBand band, String textZh, String textEn) implements Serializable {
}
