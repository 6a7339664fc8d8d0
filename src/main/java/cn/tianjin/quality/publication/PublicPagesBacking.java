package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.PublicPaging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public pages of every programme's results, all stateless: a display (/public/display?id=), a programme's
 * directory (/public/winners?programme=&amp;year=&amp;level=&amp;q=&amp;page=; the Quality Award's when no programme is
 * named) and certificate verification (/public/verify?serial=).
 */
@Named
@RequestScoped
public class PublicPagesBacking {
    public static final int PAGE_SIZE = 20;
    /** The programme whose directory /public/winners shows when none is named: the award's, as it always did. */
    static final String FIRST_DIRECTORY = "AWARD";

    @Inject
    PortalClock clock;

    @Inject
    DisplayService displays;

    @Inject
    TitleService titles;

    @Inject
    TitleSchemes schemes;

    private String displayId;
    private DisplayService.View shown;

    private String programme;
    private String year;
    private String level;
    private String status;
    private String q;
    private String page;
    private TitleService.Directory directory;

    private String serial;
    private Optional<Title> verified;

    public void loadDisplay() {
        shown = displays.view(Ids.parse(displayId));
    }

    public boolean isObjectionsOpen() {
        return shown != null && shown.display().runsOn(clock.today());
    }

    public List<Title> getRows() {
        return directory().rows();
    }

    public long getTotal() {
        return directory().total();
    }

    private TitleService.Directory directory() {
        if (directory == null) {
            directory = titles.directoryPage(filter(), (getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return directory;
    }

    public int getPageNumber() {
        return PublicPaging.pageNumber(page);
    }

    public int getPages() {
        return PublicPaging.pages(getTotal(), PAGE_SIZE);
    }

    public List<Integer> getYears() {
        return directory().years();
    }

    /** The programme whose directory is shown: the one named, when it awards titles, else the award's. */
    public String getProgrammeShown() {
        return programme != null && schemes.find(programme.strip()).isPresent() ? programme.strip() : FIRST_DIRECTORY;
    }

    /** The programmes with a directory, for the links between them. */
    public List<TitleScheme> getSchemes() {
        return schemes.all();
    }

    /** The levels of the programme shown, highest first. */
    public List<TitleScheme.Level> getLevels() {
        return schemes.find(getProgrammeShown()).map(TitleScheme::levels).orElse(List.of());
    }

    /** The directory's address with the current filter and another page number. */
    public String pageLink(int n) {
        Map<String, String> search = new LinkedHashMap<>();
        search.put("programme", FIRST_DIRECTORY.equals(getProgrammeShown()) ? null : getProgrammeShown());
        search.put("year", year);
        search.put("level", getLevelFilter());
        search.put("status", getStatusFilter());
        search.put("q", q);
        return PublicPaging.link("/public/winners", n, search);
    }

    public Optional<Title> getVerified() {
        if (verified == null) {
            verified = serial == null || serial.isBlank() ? Optional.empty() : titles.verify(serial);
        }
        return verified;
    }

    public boolean isSerialGiven() {
        return serial != null && !serial.isBlank();
    }

    private TitleService.Filter filter() {
        Integer y = null;
        try {
            y = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException ignored) {
            // an unreadable year filters nothing
        }
        return new TitleService.Filter(getProgrammeShown(), y, getLevelFilter(), q, getStatusFilter());
    }

    /**
     * What the directory may be filtered by: each status of a title, and the history when the programme has a level no
     * longer given.
     */
    public List<String> getStandings() {
        boolean history = getLevels().stream().anyMatch(TitleScheme.Level::historical);
        return TitleService.standings().stream().filter(s -> history || !TitleService.HISTORICAL.equals(s)).toList();
    }

    /** The standing filtered by, when it is one the directory offers. */
    public String getStatusFilter() {
        return getStandings().contains(status) ? status : null;
    }

    /** The level filtered by, when it is one of the programme's. */
    public String getLevelFilter() {
        return getLevels().stream().map(TitleScheme.Level::code).filter(c -> c.equals(level)).findFirst().orElse(null);
    }

    public String getDisplayId() { return displayId; }
    public void setDisplayId(String displayId) { this.displayId = displayId; }
    public DisplayService.View getShown() { return shown; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getSerial() { return serial; }
    public void setSerial(String serial) { this.serial = serial; }
}
