package cn.tianjin.quality.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** A public notice: a call for applications, a public display (公示), an announcement. */
@Entity
@Table(name = "notice")
public class Notice {
    /** How the audit log names records of this kind. */
    public static final String AUDIT_TYPE = "notice";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    /** AWARD, BRAND, CQO or CREDIT: which programme the notice belongs to. */
    @Column(nullable = false)
    private String programme;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    /** The page the notice announces, if any (a display list, the winners directory). */
    private String link;

    @Version
    private int version;

    protected Notice() {
    }

    public Notice(String title, String body, String programme, LocalDateTime publishedAt, String createdBy) {
        this.title = title;
        this.body = body;
        this.programme = programme;
        this.publishedAt = publishedAt;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getProgramme() { return programme; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public String getLink() { return link; }

    void link(String link) {
        this.link = link;
    }
}
