package cn.tianjin.quality.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A bar on an enterprise's applications to one programme, from a title of it revoked for fraud, until a day. */
@Entity
@Table(name = "applicant_bar")
public class ApplicantBar implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String AUDIT_TYPE = "applicant-bar";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(nullable = false)
    private String programme;

    @Column(name = "title_id", nullable = false)
    private Long titleId;

    @Column(name = "barred_from", nullable = false)
    private LocalDate from;

    @Column(name = "barred_until", nullable = false)
    private LocalDate until;

    @Column(nullable = false)
    private String reason;

    protected ApplicantBar() {
    }

    ApplicantBar(Long enterpriseId, String programme, Long titleId, LocalDate from, LocalDate until, String reason) {
        this.enterpriseId = enterpriseId;
        this.programme = programme;
        this.titleId = titleId;
        this.from = from;
        this.until = until;
        this.reason = reason;
    }

    public Long getId() { return id; }
    public Long getEnterpriseId() { return enterpriseId; }
    public String getProgramme() { return programme; }
    public Long getTitleId() { return titleId; }
    public LocalDate getFrom() { return from; }
    public LocalDate getUntil() { return until; }
    public String getReason() { return reason; }
}
