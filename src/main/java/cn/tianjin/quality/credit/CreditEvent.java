package cn.tianjin.quality.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of an enterprise's quality credit file (企业质量信用档案). Written only by {@link CreditFile}. */
@Entity
@Table(name = "credit_event")
public class CreditEvent implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    /** What happened; the page shows the bundle text {@code credit.event.<kind>}. */
    @Column(nullable = false)
    private String kind;

    /**
     * What the line concerns, named by the bundle in the reader's language ({@code title.level.AWARD}: 天津质量奖); null
     * when the kind says it all.
     */
    @Column(name = "label_key")
    private String labelKey;

    @Column(nullable = false)
    private String detail;

    @Column(name = "ref_type")
    private String refType;

    @Column(name = "ref_id")
    private Long refId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected CreditEvent() {
    }

    public CreditEvent(String creditCode, LocalDate occurredOn, String kind, String labelKey, String detail, String refType,
                       Long refId, LocalDateTime createdAt) {
        this.creditCode = creditCode;
        this.occurredOn = occurredOn;
        this.kind = kind;
        this.labelKey = labelKey;
        this.detail = detail == null ? "" : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.refType = refType;
        this.refId = refId;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getCreditCode() { return creditCode; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public String getKind() { return kind; }
    public String getLabelKey() { return labelKey; }
    public String getDetail() { return detail; }
    public String getRefType() { return refType; }
    public Long getRefId() { return refId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
