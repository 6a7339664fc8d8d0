package cn.tianjin.quality.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Which of a programme's own page fragments a shared page includes: {@code #{programmePages.applicationPage(v)}}. */
@Named
@ApplicationScoped
public class ProgrammePages {
    /** A fragment that shows nothing, for programmes without a part of their own. */
    static final String NOTHING = "/WEB-INF/includes/nothing.xhtml";

    @Inject
    Programmes programmes;

    /** The programme's own part of an application, or nothing. */
    public String applicationPage(ApplicationService.View v) {
        return programmes.get(v.campaign().getProgramme()).applicationPage().orElse(NOTHING);
    }
}
