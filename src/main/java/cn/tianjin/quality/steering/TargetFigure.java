package cn.tianjin.quality.steering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalDate;

/** A figure recorded for a target: the value on a day, where it comes from, who entered it and when. Never changed. */
@Entity
@Table(name = "target_figure")
public class TargetFigure implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "target_id", nullable = false)
    private Long targetId;

    @Column(nullable = false)
    private BigDecimal figure;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(nullable = false)
    private String source;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected TargetFigure() {
    }

    TargetFigure(Long targetId, BigDecimal figure, LocalDate asOf, String source, String recordedBy, LocalDateTime recordedAt) {
        this.targetId = targetId;
        this.figure = figure;
        this.asOf = asOf;
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getTargetId() { return targetId; }
    public BigDecimal getFigure() { return figure; }
    public LocalDate getAsOf() { return asOf; }
    public String getSource() { return source; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
}
