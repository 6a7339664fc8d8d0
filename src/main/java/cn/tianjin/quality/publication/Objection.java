package cn.tianjin.quality.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An objection from the public against an entry on display (公示异议): filed under a real name with contact details,
 * acknowledged and investigated by an official, then upheld or dismissed with reasons the objector is sent.
 */
@Entity
@Table(name = "objection")
public class Objection implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How the audit log names records of this kind. */
    public static final String AUDIT_TYPE = "objection";


    /** Where an objection stands; the first two are open and freeze the entry they concern. */
    public enum Status {
        RECEIVED, INVESTIGATING, UPHELD, DISMISSED;

        public boolean isOpen() {
            return this == RECEIVED || this == INVESTIGATING;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "display_id", nullable = false)
    private Long displayId;

    /** The display entry objected to. */
    @Column(name = "entry_id", nullable = false)
    private Long entryId;

    /** Given to the objector as the receipt's number. */
    @Column(nullable = false)
    private String reference;

    @Column(name = "objector_name", nullable = false)
    private String objectorName;

    @Column(name = "objector_phone", nullable = false)
    private String objectorPhone;

    @Column(name = "objector_email", nullable = false)
    private String objectorEmail;

    @Column(nullable = false)
    private String grounds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.RECEIVED;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    /** The language of the page the objection was filed from: the objector's mails are written in it. */
    @Column(name = "objector_language", nullable = false)
    private String objectorLanguage;

    /** Where it was filed from; kept for the hourly limit per address, shown to nobody. */
    @Column(name = "client_address")
    private String clientAddress;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    private String investigation;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    private int version;

    /**
     * Set only inside the transaction that files the objection, so its evidence can be attached by the anonymous
     * objector in the same request and by nobody afterwards (see {@link ObjectionEvidence}).
     */
    @Transient
    private boolean takingEvidence;

    protected Objection() {
    }

    Objection(Long displayId, Long entryId, String reference, String name, String phone, String email, String grounds,
              String clientAddress, String objectorLanguage, LocalDateTime at) {
        this.clientAddress = clientAddress;
        this.objectorLanguage = objectorLanguage;
        this.displayId = displayId;
        this.entryId = entryId;
        this.reference = reference;
        this.objectorName = name;
        this.objectorPhone = phone;
        this.objectorEmail = email;
        this.grounds = grounds;
        this.receivedAt = at;
    }

    void acknowledged(String by, LocalDateTime at, String note) {
        this.status = Status.INVESTIGATING;
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
        this.investigation = note;
    }

    void decided(boolean upheld, String reason, String by, LocalDateTime at) {
        this.status = upheld ? Status.UPHELD : Status.DISMISSED;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void takingEvidence(boolean open) {
        this.takingEvidence = open;
    }

    boolean isTakingEvidence() {
        return takingEvidence;
    }

    public Long getId() { return id; }
    public Long getDisplayId() { return displayId; }
    public Long getEntryId() { return entryId; }
    public String getReference() { return reference; }
    public String getObjectorName() { return objectorName; }
    public String getObjectorPhone() { return objectorPhone; }
    public String getObjectorEmail() { return objectorEmail; }
    public String getGrounds() { return grounds; }
    public String getObjectorLanguage() { return objectorLanguage; }
    public Status getStatus() { return status; }
    public LocalDateTime getReceivedAt() { return receivedAt; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public LocalDateTime getAcknowledgedAt() { return acknowledgedAt; }
    public String getInvestigation() { return investigation; }
    public String getDecisionReason() { return decisionReason; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public int getVersion() { return version; }
}
