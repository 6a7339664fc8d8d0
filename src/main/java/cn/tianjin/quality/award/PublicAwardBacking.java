package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.web.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The award's public pages, all stateless: the display list (/public/award-display?campaign=), the winners directory
 * (/public/winners?year=&amp;level=&amp;q=&amp;page=) and certificate verification (/public/verify?serial=).
 */
@Named
@RequestScoped
public class PublicAwardBacking {
    @Inject
    PortalClock clock;

    public static final int PAGE_SIZE = 20;

    @Inject
    DisplayService display;

    @Inject
    TitleService titles;

    private String campaign;
    private DisplayService.Display shown;

    private String year;
    private String level;
    private String q;
    private String page;
    private TitleService.Directory directory;

    private String serial;
    private Optional<AwardTitle> verified;

    public void loadDisplay() {
        shown = display.publicDisplay(Ids.parse(campaign));
    }

    public boolean isObjectionsOpen() {
        return shown != null && shown.isOpenOn(clock.today());
    }

    public List<AwardTitle> getRows() {
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
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Integer> getYears() {
        return directory().years();
    }

    /** The directory's address with the current filter and another page number. */
    public String pageLink(int n) {
        StringBuilder b = new StringBuilder("/public/winners?page=").append(n);
        if (year != null && !year.isBlank()) {
            b.append("&year=").append(year.strip());
        }
        if (getLevelFilter() != null) {
            b.append("&level=").append(getLevelFilter());
        }
        if (q != null && !q.isBlank()) {
            b.append("&q=").append(java.net.URLEncoder.encode(q.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    public Optional<AwardTitle> getVerified() {
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
        CommitteeRules.Outcome l = getLevelFilter() == null ? null : CommitteeRules.Outcome.valueOf(getLevelFilter());
        return new TitleService.Filter(y, l, q);
    }

    public String getLevelFilter() {
        return "AWARD".equals(level) || "NOMINATION".equals(level) ? level : null;
    }

    public String getCampaign() { return campaign; }
    public void setCampaign(String campaign) { this.campaign = campaign; }
    public DisplayService.Display getShown() { return shown; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getSerial() { return serial; }
    public void setSerial(String serial) { this.serial = serial; }
}
