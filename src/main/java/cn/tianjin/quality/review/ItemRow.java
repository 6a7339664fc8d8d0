package cn.tianjin.quality.review;

import java.io.Serializable;
import java.util.List;

/**
 * A rubric item as a scoring page edits it: name, points, kind, the guidance of every band, and the percentage given.
 * The expert's score sheet and the enterprise's self-assessment add their own comment fields.
 */
public class ItemRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String name;
    private final int points;
    private final String kindKey;
    private final List<String[]> bands;
    private Integer percent;

    protected ItemRow(RubricItem item, boolean english, Integer percent) {
        this.code = item.code();
        this.name = english ? item.nameEn() : item.nameZh();
        this.points = item.points();
        this.kindKey = item.kind() == null ? "" : item.kind().messageKey();
        this.bands = item.bands().stream()
                .map(b -> new String[] {b.band().label(), english ? b.textEn() : b.textZh(), b.band().name()}).toList();
        this.percent = percent;
    }

    /** The band the current percentage falls in, so the page can mark its guidance. */
    public String getCurrentBand() {
        return percent == null ? "" : ScoreBand.of(percent).name();
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public int getPoints() { return points; }
    public String getKindKey() { return kindKey; }
    public List<String[]> getBands() { return bands; }
    public Integer getPercent() { return percent; }
    public void setPercent(Integer percent) { this.percent = percent; }
}
