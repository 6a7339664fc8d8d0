package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.tables.ExportList;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The bureau's CQO filings by state (/official/cqo?status=): what waits longest first, a count per state. */
@Named
@RequestScoped
public class CqoQueueBacking {
    /** One page of the queue; a longer one is worked from the top. */
    static final int PAGE_SIZE = 100;

    @Inject
    CqoService cqo;

    @Inject
    CurrentUser currentUser;

    private String status;
    private FilingStatus shown;
    private List<CqoService.QueueLine> lines;
    private final Map<FilingStatus, Long> counts = new EnumMap<>(FilingStatus.class);
    private long registered;

    public void load() {
        shown = FilingStatus.FILED;
        for (FilingStatus s : FilingStatus.values()) {
            if (s.name().equals(status)) {
                shown = s;
            }
        }
        counts.putAll(cqo.counts(currentUser.actor()));
        lines = cqo.queue(currentUser.actor(), shown, 0, PAGE_SIZE);
        registered = counts.get(FilingStatus.REGISTERED);
    }

    /** The export's query: the state shown. */
    public String getExportQuery() {
        return ExportList.query("status", shown);
    }

    public FilingStatus[] getStatuses() { return FilingStatus.values(); }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public FilingStatus getShown() { return shown; }
    public List<CqoService.QueueLine> getLines() { return lines; }
    public Map<FilingStatus, Long> getCounts() { return counts; }
    public long getRegistered() { return registered; }
    public int getPageSize() { return PAGE_SIZE; }
    public int getTarget() { return CqoFiguresBacking.TARGET; }
}
