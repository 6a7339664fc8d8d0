package cn.tianjin.quality.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A section of a nominee's recommendation (its heading from the package's template, its text written by officials). */
@Entity
@Table(name = "national_section")
public class NationalSection implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nominee_id", nullable = false)
    private Long nomineeId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String heading;

    @Column(nullable = false)
    private String body;

    protected NationalSection() {
    }

    NationalSection(Long nomineeId, int position, String heading, String body) {
        this.nomineeId = nomineeId;
        this.position = position;
        this.heading = heading;
        this.body = body;
    }

    void write(String body) {
        this.body = body;
    }

    public Long getId() { return id; }
    public Long getNomineeId() { return nomineeId; }
    public int getPosition() { return position; }
    public String getHeading() { return heading; }
    public String getBody() { return body; }
}
