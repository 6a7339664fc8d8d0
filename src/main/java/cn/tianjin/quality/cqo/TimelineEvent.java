package cn.tianjin.quality.cqo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of a filing's timeline: a state it reached or a change made to it, by whom, with what changed. */
@Entity
@Table(name = "cqo_event")
public class TimelineEvent implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What happened; the page shows {@code cqo.timeline.<kind>}. */
    public enum Kind {
        FILED, RETURNED, FILED_AGAIN, WITHDRAWN, REGISTERED, DUTIES_CHANGED, TEAM_CHANGED, REPLACED, TRANSFERRED, CANCELLED,
        TRAINING_MATCHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "filing_id", nullable = false)
    private Long filingId;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String detail;

    protected TimelineEvent() {
    }

    TimelineEvent(Long filingId, Kind kind, String actor, String detail, LocalDateTime at) {
        this.filingId = filingId;
        this.kind = kind;
        this.actor = actor;
        this.detail = detail == null ? "" : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
        this.occurredAt = at;
    }

    public Long getId() { return id; }
    public Long getFilingId() { return filingId; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public Kind getKind() { return kind; }
    public String getActor() { return actor; }
    public String getDetail() { return detail; }

    public String messageKey() {
        return "cqo.timeline." + kind.name();
    }
}
