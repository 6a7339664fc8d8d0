package cn.tianjin.quality.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A case to revoke a title: opened by an official, or by the portal when the holder is put on the dishonesty list;
 * decided by an official, who revokes the title or closes the case, with reasons.
 */
@Entity
@Table(name = "revocation_case")
public class RevocationCase implements Serializable {
    private static final long serialVersionUID = 1L;


    /**
     * Why the case was opened: by an official for grounds of their own (OFFICIAL), a major quality accident (ACCIDENT) or
     * fraud in the application (FRAUD, which bars the holder from the programme for a time once revoked); or by the
     * portal on a dishonesty listing or a failed spot check.
     */
    public enum Origin { OFFICIAL, ACCIDENT, FRAUD, DISHONESTY, SPOT_CHECK }

    public enum Status { OPEN, REVOKED, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_id", nullable = false)
    private Long titleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin;

    @Column(name = "dishonesty_entry_id")
    private Long dishonestyEntryId;

    @Column(nullable = false)
    private String grounds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    private int version;

    protected RevocationCase() {
    }

    RevocationCase(Long titleId, Origin origin, Long dishonestyEntryId, String grounds, String openedBy, LocalDateTime at) {
        this.titleId = titleId;
        this.origin = origin;
        this.dishonestyEntryId = dishonestyEntryId;
        this.grounds = grounds;
        this.openedBy = openedBy;
        this.openedAt = at;
    }

    void decided(boolean revoke, String reason, String by, LocalDateTime at) {
        this.status = revoke ? Status.REVOKED : Status.DISMISSED;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getTitleId() { return titleId; }
    public Origin getOrigin() { return origin; }
    public Long getDishonestyEntryId() { return dishonestyEntryId; }
    public String getGrounds() { return grounds; }
    public Status getStatus() { return status; }
    public String getOpenedBy() { return openedBy; }
    public LocalDateTime getOpenedAt() { return openedAt; }
    public String getDecisionReason() { return decisionReason; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public int getVersion() { return version; }
}
