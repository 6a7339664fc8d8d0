package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.tables.Columns;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/**
 * The officials' CQO imports (/official/cqo-import): a training body's list of completions, and the CQOs registered
 * before the portal; CSV or XLSX, all rows or none, each bad row shown with its line, column and reason.
 */
@Named
@ViewScoped
public class CqoImportBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CqoService cqo;

    @Inject
    CurrentUser currentUser;

    private transient UploadedFile trainingFile;
    private transient UploadedFile existingFile;
    private CqoService.ImportReport report;
    private String reportOf;

    public void importTraining() {
        run("training", trainingFile);
    }

    public void importExisting() {
        run("existing", existingFile);
    }

    private void run(String kind, UploadedFile file) {
        report = null;
        reportOf = kind;
        if (file == null || file.getSize() == 0) {
            Pages.error("upload.empty");
            return;
        }
        Pages.attempt(() -> {
            byte[] content = file.getContent();
            report = "training".equals(kind) ? cqo.importTraining(currentUser.actor(), file.getFileName(), content)
                    : cqo.importExisting(currentUser.actor(), file.getFileName(), content);
            if (report.ok()) {
                Pages.info("training".equals(kind) ? "cqo.import.trainingDone" : "cqo.import.existingDone", report.stored(),
                        report.matched());
            } else {
                Pages.error("cqo.import.refused", report.errors().size());
            }
        });
    }

    /** A row's problem in the reader's language. */
    public String describe(RowError e) {
        return Pages.text(e.messageKey(), (Object[]) e.args());
    }

    /** The columns of a training list, as the page explains them (* marks an optional one). */
    public String getTrainingColumns() {
        return String.join(Pages.text("common.listSeparator"), Columns.describe(CqoTables.TrainingColumn.class));
    }

    public String getExistingColumns() {
        return String.join(Pages.text("common.listSeparator"), Columns.describe(CqoTables.ExistingColumn.class));
    }

    public UploadedFile getTrainingFile() { return trainingFile; }
    public void setTrainingFile(UploadedFile trainingFile) { this.trainingFile = trainingFile; }
    public UploadedFile getExistingFile() { return existingFile; }
    public void setExistingFile(UploadedFile existingFile) { this.existingFile = existingFile; }
    public CqoService.ImportReport getReport() { return report; }
    public String getReportOf() { return reportOf; }
    public int getMaxRows() { return CqoTables.MAX_ROWS; }
}
