package cn.tianjin.quality.credit;

import java.io.Serializable;
import java.time.LocalDate;

/** What the enterprise types to declare a commitment or a standard. */
public class DeclarationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Declaration.Kind kind = Declaration.Kind.COMMITMENT;
    private String title;
    private String content;
    private String standardNo;
    private String link;
    private LocalDate declaredOn;

    public Declaration.Kind getKind() { return kind; }
    public void setKind(Declaration.Kind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getStandardNo() { return standardNo; }
    public void setStandardNo(String standardNo) { this.standardNo = standardNo; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public LocalDate getDeclaredOn() { return declaredOn; }
    public void setDeclaredOn(LocalDate declaredOn) { this.declaredOn = declaredOn; }
}
