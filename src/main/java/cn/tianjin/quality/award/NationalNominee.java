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
 * An organisation or a person the bureau recommends for an edition of the China Quality Award: an organisation is a
 * holder of the Tianjin Quality Award (its title named), a person is named with the role held in an enterprise of
 * the register. The national outcome is recorded on it.
 */
@Entity
@Table(name = "national_nominee")
public class NationalNominee implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String AUDIT_TYPE = "national-nominee";

    public enum Kind { ORGANISATION, PERSON }

    /** What the national award decided: pending until recorded. */
    public enum Outcome { PENDING, AWARDED, NOMINATED, NOT_AWARDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "title_id")
    private Long titleId;

    @Column(name = "person_name")
    private String personName;

    @Column(name = "person_role")
    private String personRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome = Outcome.PENDING;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected NationalNominee() {
    }

    NationalNominee(Long roundId, Kind kind, Long enterpriseId, Long titleId, String personName, String personRole,
                    String createdBy, LocalDateTime createdAt) {
        this.roundId = roundId;
        this.kind = kind;
        this.enterpriseId = enterpriseId;
        this.titleId = titleId;
        this.personName = personName;
        this.personRole = personRole;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void decide(Outcome outcome, LocalDate on, String note) {
        this.outcome = outcome;
        this.outcomeOn = on;
        this.outcomeNote = note;
    }

    public boolean isPerson() {
        return kind == Kind.PERSON;
    }

    public Long getId() { return id; }
    public Long getRoundId() { return roundId; }
    public Kind getKind() { return kind; }
    public Long getEnterpriseId() { return enterpriseId; }
    public Long getTitleId() { return titleId; }
    public String getPersonName() { return personName; }
    public String getPersonRole() { return personRole; }
    public Outcome getOutcome() { return outcome; }
    public LocalDate getOutcomeOn() { return outcomeOn; }
    public String getOutcomeNote() { return outcomeNote; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
