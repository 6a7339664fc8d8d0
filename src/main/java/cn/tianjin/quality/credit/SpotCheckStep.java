package cn.tianjin.quality.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One step of a failure's rectification: measures submitted (with the evidence), accepted, or returned with why. */
@Entity
@Table(name = "spot_check_step")
public class SpotCheckStep implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum Kind { SUBMITTED, ACCEPTED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "spot_check_id", nullable = false)
    private Long spotCheckId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String detail;

    @Column(name = "evidence_id")
    private Long evidenceId;

    @Column(nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    protected SpotCheckStep() {
    }

    SpotCheckStep(Long spotCheckId, Kind kind, String detail, Long evidenceId, String actor, LocalDateTime occurredAt) {
        this.spotCheckId = spotCheckId;
        this.kind = kind;
        this.detail = detail == null ? "" : detail;
        this.evidenceId = evidenceId;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public Long getId() { return id; }
    public Long getSpotCheckId() { return spotCheckId; }
    public Kind getKind() { return kind; }
    public String getDetail() { return detail; }
    public Long getEvidenceId() { return evidenceId; }
    public String getActor() { return actor; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
}
