package cn.tianjin.quality.steering;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What an official may change of a target: the figure to reach, by when, the document that set it, its owner, and
 * whether it is kept as history (a target of an earlier plan).
 */
public class TargetForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private BigDecimal targetValue;
    private Integer deadlineYear;
    private String sourceDocument;
    private String owner;
    private boolean history;

    static TargetForm of(CityTarget t) {
        TargetForm f = new TargetForm();
        f.targetValue = t.getTargetValue().stripTrailingZeros();
        f.deadlineYear = t.getDeadlineYear();
        f.sourceDocument = t.getSourceDocument();
        f.owner = t.getOwner();
        f.history = t.isHistory();
        return f;
    }

    public BigDecimal getTargetValue() { return targetValue; }
    public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
    public Integer getDeadlineYear() { return deadlineYear; }
    public void setDeadlineYear(Integer deadlineYear) { this.deadlineYear = deadlineYear; }
    public String getSourceDocument() { return sourceDocument; }
    public void setSourceDocument(String sourceDocument) { this.sourceDocument = sourceDocument; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public boolean isHistory() { return history; }
    public void setHistory(boolean history) { this.history = history; }
}
