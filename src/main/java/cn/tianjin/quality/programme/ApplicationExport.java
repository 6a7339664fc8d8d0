package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A campaign's applications as officials search them on its page (/official/campaign: number, enterprise or subject). */
@ApplicationScoped
public class ApplicationExport implements ExportList {
    static final int BATCH = 1000;

    @Inject
    ApplicationService applications;

    @Inject
    CampaignService campaigns;

    @Override
    public String name() {
        return "applications";
    }

    @Override
    public String titleKey() {
        return "campaign.applicationsTitle";
    }

    @Override
    public List<String> columnKeys() {
        return List.of("export.application.number", "enterprise.name", "export.application.subject",
                "application.statusLabel", "application.submittedAt");
    }

    @Override
    public void requireReader(Actor actor) {
        actor.requireStaff("exporting applications");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        String campaign = ExportList.param(filters, "campaign");
        Long campaignId;
        try {
            campaignId = Long.valueOf(campaign);
            campaigns.get(actor, campaignId);
        } catch (NumberFormatException | cn.tianjin.quality.platform.NotFoundException e) {
            throw new BusinessException("export.badFilter", "campaign", campaign);
        }
        String text = ExportList.param(filters, "q");
        return out -> ExportList.paged(BATCH,
                (first, size) -> applications.pageOfCampaign(actor, campaignId, text, first, size, "id", true),
                a -> out.accept(Arrays.asList(a.getId(), a.getEnterpriseName(), a.getSubjectName(),
                        Messages.get(locale, "application.status." + a.getStatus()), a.getSubmittedAt())));
    }
}
