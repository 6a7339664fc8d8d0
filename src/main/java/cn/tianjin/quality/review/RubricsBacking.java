package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** The officials' rubric list (/official/rubrics): versions, JSON import, copies. */
@Named
@ViewScoped
public class RubricsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RubricService rubrics;

    @Inject
    CurrentUser currentUser;

    private List<RubricVersion> latest;
    private transient UploadedFile file;
    private String programme;
    private List<String> programmes;
    private Long copyFrom;
    private String newCode;
    private String newNameZh;
    private String newNameEn;

    @PostConstruct
    void load() {
        programmes = rubrics.programmes();
        if (programme == null && !programmes.isEmpty()) {
            programme = programmes.get(0);
        }
        latest = rubrics.latestVersions(currentUser.actor());
    }

    public void importJson() {
        if (file == null || file.getSize() == 0) {
            Pages.error("upload.empty");
            return;
        }
        Pages.attempt(() -> {
            RubricVersion v = rubrics.importJson(currentUser.actor(), programme,
                    new String(file.getContent(), StandardCharsets.UTF_8));
            Pages.info("rubric.imported", v.getRubric().getCode(), v.getVersionNo());
            load();
        });
    }

    public void startCopy(RubricVersion v) {
        copyFrom = v.getId();
        newCode = v.getRubric().getCode() + "-copy";
        newNameZh = v.getNameZh();
        newNameEn = v.getNameEn();
    }

    public void copy() {
        Pages.attempt(() -> {
            RubricVersion v = rubrics.copy(currentUser.actor(), copyFrom, newCode, newNameZh, newNameEn);
            Pages.info("rubric.copied", v.getRubric().getCode());
            load();
        });
    }

    public List<RubricVersion> getLatest() { return latest; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getProgramme() { return programme; }
    public List<String> getProgrammes() { return programmes; }
    public void setProgramme(String programme) { this.programme = programme; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String newCode) { this.newCode = newCode; }
    public String getNewNameZh() { return newNameZh; }
    public void setNewNameZh(String newNameZh) { this.newNameZh = newNameZh; }
    public String getNewNameEn() { return newNameEn; }
    public void setNewNameEn(String newNameEn) { this.newNameEn = newNameEn; }
}
