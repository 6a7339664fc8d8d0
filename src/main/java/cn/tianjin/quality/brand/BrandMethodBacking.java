package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The brand index's method for officials (/official/brand-method): every version stored, the one in force shown in
 * full, and a new version added by uploading its JSON, every problem listed when it is refused.
 */
@Named
@ViewScoped
public class BrandMethodBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    BrandMethods methods;

    @Inject
    CurrentUser currentUser;

    private List<BrandMethod> versions;
    private BrandMethod.Kind kind;
    private transient UploadedFile file;
    /** The problems of the last upload refused, in the reader's language. */
    private List<String> problems = List.of();

    public void load() {
        versions = methods.versions(currentUser.actor());
    }

    public void upload() {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            Pages.error("upload.empty");
            return;
        }
        Pages.attempt(() -> {
            BrandMethods.Upload u = methods.upload(currentUser.actor(), kind, file.getContent());
            if (u.ok()) {
                Pages.info("brand.method.stored", u.stored().getCode());
                load();
            } else {
                problems = u.problems().stream().map(p -> Pages.text(p.messageKey(), p.args())).toList();
                Pages.error("brand.method.refused", problems.size());
            }
        });
    }

    public List<BrandMethod.Kind> getKinds() {
        return List.of(BrandMethod.Kind.values());
    }

    public List<BrandMethod> getVersions() { return versions; }
    public BrandMethod.Kind getKind() { return kind; }
    public void setKind(BrandMethod.Kind kind) { this.kind = kind; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public List<String> getProblems() { return problems; }
}
