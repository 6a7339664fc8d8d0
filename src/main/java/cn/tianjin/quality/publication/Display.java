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
import java.time.LocalDate;

/**
 * A public display (公示): the entries a programme proposes to honour, shown to everyone for a set number of days while
 * anyone may object. It knows the programme only by its code and the campaign only by its id ({@code refId}).
 */
@Entity
@Table(name = "public_display")
public class Display implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How the audit log names records of this kind. */
    public static final String AUDIT_TYPE = "display";

    /** Objections are taken while a display runs; a closed display stays readable. */
    public enum Status { RUNNING, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String programme;

    /** The campaign whose proposal this is. */
    @Column(name = "ref_id", nullable = false)
    private Long refId;

    /** The campaign's name, as the notice printed it. */
    @Column(nullable = false)
    private String title;

    @Column(name = "display_from", nullable = false)
    private LocalDate from;

    @Column(name = "display_until", nullable = false)
    private LocalDate until;

    @Column(name = "notice_id")
    private Long noticeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.RUNNING;

    @Version
    private int version;

    protected Display() {
    }

    Display(String programme, Long refId, String title, LocalDate from, int days) {
        this.programme = programme;
        this.refId = refId;
        this.title = title;
        this.from = from;
        this.until = from.plusDays(days - 1L);
    }

    void notice(Long id) {
        this.noticeId = id;
    }

    void close() {
        this.status = Status.CLOSED;
    }

    /** Whether objections are taken on that day: the display runs and the day lies within its period. */
    public boolean runsOn(LocalDate day) {
        return status == Status.RUNNING && !day.isBefore(from) && !day.isAfter(until);
    }

    public Long getId() { return id; }
    public String getProgramme() { return programme; }
    public Long getRefId() { return refId; }
    public String getTitle() { return title; }
    public LocalDate getFrom() { return from; }
    public LocalDate getUntil() { return until; }
    public Long getNoticeId() { return noticeId; }
    public Status getStatus() { return status; }
    public int getVersion() { return version; }
}
