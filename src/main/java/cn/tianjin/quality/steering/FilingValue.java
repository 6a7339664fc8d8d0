package cn.tianjin.quality.steering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** A figure of a filing, for one field of the report. */
@Entity
@Table(name = "periodic_filing_value")
public class FilingValue implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "filing_id", nullable = false)
    private Long filingId;

    @Column(name = "field_id", nullable = false)
    private Long fieldId;

    @Column(nullable = false)
    private BigDecimal figure;

    protected FilingValue() {
    }

    FilingValue(Long filingId, Long fieldId, BigDecimal figure) {
        this.filingId = filingId;
        this.fieldId = fieldId;
        this.figure = figure;
    }

    void change(BigDecimal figure) {
        this.figure = figure;
    }

    public Long getId() { return id; }
    public Long getFilingId() { return filingId; }
    public Long getFieldId() { return fieldId; }
    public BigDecimal getFigure() { return figure; }
}
