package cn.tianjin.quality.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A quality-safety interview (约谈) the bureau held with an enterprise: when, why, who attended, what the enterprise
 * must do, and what followed. Written only by {@link InterviewService}.
 */
@Entity
@Table(name = "credit_interview")
public class Interview implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String AUDIT_TYPE = "credit-interview";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String attendees;

    @Column(name = "required_actions", nullable = false)
    private String requiredActions;

    @Column(name = "follow_up")
    private String followUp;

    @Column(name = "followed_up_on")
    private LocalDate followedUpOn;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected Interview() {
    }

    Interview(Long enterpriseId, String creditCode, LocalDate heldOn, String reason, String attendees, String requiredActions,
              String createdBy, LocalDateTime createdAt) {
        this.enterpriseId = enterpriseId;
        this.creditCode = creditCode;
        this.heldOn = heldOn;
        this.reason = reason;
        this.attendees = attendees;
        this.requiredActions = requiredActions;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void followedUp(String text, LocalDate on) {
        followUp = text;
        followedUpOn = on;
    }

    public Long getId() { return id; }
    public Long getEnterpriseId() { return enterpriseId; }
    public String getCreditCode() { return creditCode; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getReason() { return reason; }
    public String getAttendees() { return attendees; }
    public String getRequiredActions() { return requiredActions; }
    public String getFollowUp() { return followUp; }
    public LocalDate getFollowedUpOn() { return followedUpOn; }
    public String getCreatedBy() { return createdBy; }
    public int getVersion() { return version; }
}
