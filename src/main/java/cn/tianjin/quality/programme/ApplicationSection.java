package cn.tianjin.quality.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One section of an application: the applicant's account of one rubric category (a narrative), as sanitised formatted
 * text (HTML).
 */
@Entity
@Table(name = "application_section")
public class ApplicationSection {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "section_code", nullable = false)
    private String sectionCode;

    private String body;

    @Version
    private int version;

    protected ApplicationSection() {
    }

    ApplicationSection(Long applicationId, String sectionCode) {
        this.applicationId = applicationId;
        this.sectionCode = sectionCode;
    }

    void body(String sanitised) {
        this.body = sanitised;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public String getSectionCode() { return sectionCode; }
    public String getBody() { return body; }
}
