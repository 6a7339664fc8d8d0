package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.web.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public home page (/) and the notice page (/public/notice?id=); both stateless. */
@Named
@RequestScoped
public class HomeBacking {
    @Inject
    NoticeService notices;

    private List<Notice> latest;
    private String id;
    private Notice notice;

    public List<Notice> getLatest() {
        if (latest == null) {
            latest = notices.latest(8);
        }
        return latest;
    }

    public void loadNotice() {
        notice = notices.get(Ids.parse(id));
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Notice getNotice() { return notice; }
}
