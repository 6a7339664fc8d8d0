package cn.tianjin.quality.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Locale;

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

    /** The English title and body, written from the bundle with the Chinese ones; null for notices from before. */
    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "body_en")
    private String bodyEn;

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

    public Notice(NoticeService.Text chinese, NoticeService.Text english, String programme, LocalDateTime publishedAt,
                  String createdBy) {
        this.title = chinese.title();
        this.body = chinese.body();
        this.titleEn = english == null ? null : english.title();
        this.bodyEn = english == null ? null : english.body();
        this.programme = programme;
        this.publishedAt = publishedAt;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getBody() { return body; }

    /** The title in the reader's language; Chinese where the notice has no English text. */
    public String title(Locale locale) {
        return english(locale) && titleEn != null ? titleEn : title;
    }

    /** The body in the reader's language; Chinese where the notice has no English text. */
    public String body(Locale locale) {
        return english(locale) && bodyEn != null ? bodyEn : body;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
    public String getProgramme() { return programme; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public String getLink() { return link; }

    void link(String link) {
        this.link = link;
    }
}
