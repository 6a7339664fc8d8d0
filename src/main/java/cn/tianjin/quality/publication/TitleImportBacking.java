package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.tables.Columns;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * Titles given before the portal (/official/title-import): an official uploads the bureau's list of a programme's
 * earlier winners, CSV or XLSX, all rows or none, each bad row shown with its line, column and reason; the winners then
 * count towards the city's targets and appear in the holders' credit files.
 */
@Named
@ViewScoped
public class TitleImportBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TitleService titles;

    @Inject
    TitleSchemes schemes;

    @Inject
    CurrentUser currentUser;

    private String programme;
    private transient UploadedFile file;
    private TitleService.ImportReport report;

    public void load() {
        currentUser.actor().requireStaff("importing titles");
    }

    public void importTitles() {
        report = null;
        if (programme == null || schemes.find(programme).isEmpty()) {
            Pages.error("title.import.programme");
            return;
        }
        if (file == null || file.getSize() == 0) {
            Pages.error("upload.empty");
            return;
        }
        Pages.attempt(() -> {
            report = titles.importEarlier(currentUser.actor(), programme, file.getFileName(), file.getContent());
            if (report.ok()) {
                Pages.info("title.import.done", report.stored());
            } else {
                Pages.error("title.import.refused", report.errors().size());
            }
        });
    }

    /** A row's problem in the reader's language. */
    public String describe(RowError e) {
        return Pages.text(e.messageKey(), (Object[]) e.args());
    }

    public String getColumns() {
        return String.join(Pages.text("common.listSeparator"), Columns.describe(TitleTables.Column.class));
    }

    public List<String> getProgrammes() {
        return schemes.all().stream().map(TitleScheme::code).toList();
    }

    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public TitleService.ImportReport getReport() { return report; }
    public int getMaxRows() { return TitleTables.MAX_ROWS; }
}
