package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.platform.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

/** The officials' dishonesty list (/official/credit): search, add, correct, end, import CSV. */
@Named
@ViewScoped
public class DishonestyBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PortalClock clock;

    @Inject
    CreditService credit;

    @Inject
    CurrentUser currentUser;

    private String text;
    private boolean activeOnly;
    private DishonestyEntry editing = new DishonestyEntry();
    private Long endingId;
    private LocalDate endOn;
    private String endReason;
    private transient UploadedFile csv;
    private CreditService.ImportReport report;

    private final LazyDataModel<DishonestyEntry> model = new PagedModel<>(
            () -> credit.count(currentUser.actor(), filter()),
            (first, size, sort, asc) -> credit.search(currentUser.actor(), filter(), first, size),
            DishonestyEntry::getId);

    /** The export's query: the filters on screen. */
    public String getExportQuery() {
        return ExportList.query("text", text, "active", activeOnly ? "true" : null);
    }

    private CreditService.Filter filter() {
        return new CreditService.Filter(text, activeOnly);
    }

    public void startNew() {
        editing = new DishonestyEntry();
        editing.setListedOn(clock.today());
    }

    public void startEdit(DishonestyEntry e) {
        editing = e.copy();
    }

    public void save() {
        Pages.attempt(() -> {
            if (editing.getId() == null) {
                credit.add(currentUser.actor(), editing);
                Pages.info("credit.added", editing.getEnterpriseName());
            } else {
                credit.correct(currentUser.actor(), editing);
                Pages.info("credit.corrected", editing.getEnterpriseName());
            }
            startNew();
        });
    }

    public void startEnd(DishonestyEntry e) {
        endingId = e.getId();
        endOn = clock.today();
        endReason = null;
    }

    public void end() {
        Pages.attempt(() -> {
            DishonestyEntry e = credit.end(currentUser.actor(), endingId, endOn, endReason);
            Pages.info("credit.ended", e.getEnterpriseName());
        });
    }

    public void importCsv() {
        report = null;
        if (csv == null || csv.getSize() == 0) {
            Pages.error("csv.noFile");
            return;
        }
        report = credit.importCsv(currentUser.actor(), csv.getFileName(), csv.getContent());
        if (report.ok()) {
            Pages.info("csv.imported", report.stored());
        } else {
            Pages.error("csv.rejected", report.errors().size());
        }
    }

    /** A row error in the page's language. */
    public String describe(cn.tianjin.quality.platform.tables.RowError e) {
        return Pages.text(e.messageKey(), (Object[]) e.args());
    }

    public boolean isActive(DishonestyEntry e) {
        return e.activeOn(clock.today());
    }

    public LazyDataModel<DishonestyEntry> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isActiveOnly() { return activeOnly; }
    public void setActiveOnly(boolean activeOnly) { this.activeOnly = activeOnly; }
    public DishonestyEntry getEditing() { return editing; }
    public LocalDate getEndOn() { return endOn; }
    public void setEndOn(LocalDate endOn) { this.endOn = endOn; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String endReason) { this.endReason = endReason; }
    public UploadedFile getCsv() { return csv; }
    public void setCsv(UploadedFile csv) { this.csv = csv; }
    public CreditService.ImportReport getReport() { return report; }
}
