package cn.tianjin.quality.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A reminder sent about a rectification's deadline; stored once per failure, kind and deadline. */
@Entity
@Table(name = "spot_check_reminder")
public class SpotCheckReminder {
    /** A week before the deadline, and the day after it passed. */
    public static final String DUE_SOON = "DUE_SOON";
    public static final String OVERDUE = "OVERDUE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "spot_check_id", nullable = false)
    private Long spotCheckId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    protected SpotCheckReminder() {
    }

    SpotCheckReminder(Long spotCheckId, String kind, LocalDate deadline, LocalDate sentOn) {
        this.spotCheckId = spotCheckId;
        this.kind = kind;
        this.deadline = deadline;
        this.sentOn = sentOn;
    }

    public Long getSpotCheckId() { return spotCheckId; }
    public String getKind() { return kind; }
    public LocalDate getDeadline() { return deadline; }
    public LocalDate getSentOn() { return sentOn; }
}
