package cn.tianjin.quality.cqo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A completion of CQO training from a training body's list, found again by the keyed hash of the identity number. */
@Entity
@Table(name = "cqo_training")
public class TrainingRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_kind", nullable = false)
    private IdentityDocument idKind;

    @Column(name = "id_hash", nullable = false)
    private String idHash;

    @Column(name = "masked_name", nullable = false)
    private String maskedName;

    @Column(name = "certificate_no", nullable = false)
    private String certificateNo;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "training_body", nullable = false)
    private String trainingBody;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    protected TrainingRecord() {
    }

    TrainingRecord(IdentityDocument idKind, String idHash, String maskedName, String certificateNo, LocalDate completedOn,
                   String trainingBody, String fileName, LocalDateTime importedAt, String importedBy) {
        this.idKind = idKind;
        this.idHash = idHash;
        this.maskedName = maskedName;
        this.certificateNo = certificateNo;
        this.completedOn = completedOn;
        this.trainingBody = trainingBody;
        this.fileName = fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public Long getId() { return id; }
    public IdentityDocument getIdKind() { return idKind; }
    public String getMaskedName() { return maskedName; }
    public String getCertificateNo() { return certificateNo; }
    public LocalDate getCompletedOn() { return completedOn; }
    public String getTrainingBody() { return trainingBody; }
    public String getFileName() { return fileName; }
    public LocalDateTime getImportedAt() { return importedAt; }
}
