package cn.tianjin.quality.steering;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A figure an official records for a target from its owner's report: the value, on which day, from which report. */
public class FigureForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private BigDecimal figure;
    private LocalDate asOf;
    private String source;

    public BigDecimal getFigure() { return figure; }
    public void setFigure(BigDecimal figure) { this.figure = figure; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
