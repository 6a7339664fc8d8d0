package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.tables.ListExport;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** A campaign's applications as officials search them on its page (/official/campaign: number, enterprise or subject). */
@ApplicationScoped
public class ApplicationExport extends ListExport {
    static final int BATCH = 1000;

    @Inject
    ApplicationService applications;

    @Inject
    CampaignService campaigns;

    public ApplicationExport() {
        super("applications", "campaign.applicationsTitle", "export.application.number", "enterprise.name",
                "export.application.subject", "application.statusLabel", "application.submittedAt");
    }

    /** Staff, and the evaluators of the organisation that runs the campaign (the rows check the campaign). */
    @Override
    public void requireReader(Actor actor) {
        if (!actor.is(cn.tianjin.quality.platform.security.Role.EVALUATOR)) {
            super.requireReader(actor);
        }
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        Long campaignId = number(filters, "campaign");
        try {
            campaigns.get(actor, campaignId);
        } catch (NotFoundException e) {
            if (actor.is(cn.tianjin.quality.platform.security.Role.EVALUATOR)) {
                throw e; // a campaign another organisation runs does not exist for an evaluator
            }
            throw bad(filters, "campaign");
        }
        String text = ExportList.param(filters, "q");
        return out -> ExportList.paged(BATCH,
                (first, size) -> applications.pageOfCampaign(actor, campaignId, text, first, size, "id", true),
                a -> out.accept(Arrays.asList(a.getId(), a.getEnterpriseName(), a.getSubjectName(),
                        Messages.get(locale, "application.status." + a.getStatus()), a.getSubmittedAt())));
    }
}
