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

/** One member of the quality team filed with a CQO. A change of the team stores a new list; the timeline keeps the old. */
@Entity
@Table(name = "cqo_team_member")
public class TeamMember implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "filing_id", nullable = false)
    private Long filingId;

    @Column(name = "position_no", nullable = false)
    private int positionNo;

    @Column(name = "member_name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false)
    private TeamRole role;

    @Column(nullable = false)
    private String qualification;

    protected TeamMember() {
    }

    TeamMember(Long filingId, int positionNo, String name, TeamRole role, String qualification) {
        this.filingId = filingId;
        this.positionNo = positionNo;
        this.name = name;
        this.role = role;
        this.qualification = qualification;
    }

    public Long getId() { return id; }
    public Long getFilingId() { return filingId; }
    public int getPositionNo() { return positionNo; }
    public String getName() { return name; }
    public TeamRole getRole() { return role; }
    public String getQualification() { return qualification; }
}
