package cn.tianjin.quality.award;

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
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One edition of the China Quality Award (中国质量奖) as the bureau takes part in it: the nominees it prepares, the day
 * the package is due, whether it has been sent, and, once the outcomes are in, decided.
 */
@Entity
@Table(name = "national_round")
public class NationalRound implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String AUDIT_TYPE = "national-round";

    public enum Status { PREPARING, SENT, DECIDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_no", nullable = false)
    private int editionNo;

    @Column(name = "round_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PREPARING;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "sent_by")
    private String sentBy;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected NationalRound() {
    }

    NationalRound(int editionNo, int year, LocalDate deadline, String createdBy, LocalDateTime createdAt) {
        this.editionNo = editionNo;
        this.year = year;
        this.deadline = deadline;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void sent(String by, LocalDateTime at) {
        this.status = Status.SENT;
        this.sentBy = by;
        this.sentAt = at;
    }

    void decided() {
        this.status = Status.DECIDED;
    }

    public boolean isPreparing() {
        return status == Status.PREPARING;
    }

    public Long getId() { return id; }
    public int getEditionNo() { return editionNo; }
    public int getYear() { return year; }
    public LocalDate getDeadline() { return deadline; }
    public Status getStatus() { return status; }
    public LocalDateTime getSentAt() { return sentAt; }
    public String getSentBy() { return sentBy; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
