package cn.tianjin.quality.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An expert on a site-visit team, in the order drawn (the first drawn leads the team). */
@Entity
@Table(name = "award_site_visit_member")
public class SiteVisitMember {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id", nullable = false)
    private Long visitId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "seat_no", nullable = false)
    private int seat;

    protected SiteVisitMember() {
    }

    SiteVisitMember(Long visitId, Long userId, int seat) {
        this.visitId = visitId;
        this.userId = userId;
        this.seat = seat;
    }

    public Long getVisitId() { return visitId; }
    public Long getUserId() { return userId; }
    public int getSeat() { return seat; }
}
