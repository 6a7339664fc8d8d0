package cn.tianjin.quality.demo;

import cn.tianjin.quality.brand.AllianceMember;
import cn.tianjin.quality.brand.AllianceService;
import cn.tianjin.quality.brand.BrandProgramme;
import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.publication.TitleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The Tianjin brands' demo: the alliance's register (two members, a third suspended) with the evaluator account of the
 * first, this year's brand campaign run by that member and taking applications, and the 天津市名牌产品 the bureau
 * recognised before 2019, imported from its list as an official would, all lapsed by now and shown as history.
 */
@ApplicationScoped
class BrandSeeder {
    static final String HISTORY = "demo/famous-products-history.csv";

    @Inject
    AccountSeeder accounts;

    @Inject
    TitleService titles;

    @Inject
    AllianceService alliance;

    @Inject
    CampaignSeeder campaigns;

    @Inject
    cn.tianjin.quality.platform.PortalClock clock;

    void seed() {
        var official = accounts.actor("official");
        AllianceMember centre = alliance.admit(official, new AllianceService.Admission("天津津品品牌评价中心有限公司（演示）",
                CreditCode.withCheckCharacter("91120116MA0750001"), AllianceMember.Kind.EVALUATION,
                "品牌评价机构备案（演示）第 0001 号"));
        alliance.admit(official, new AllianceService.Admission("天津市品牌建设促进会（演示）",
                CreditCode.withCheckCharacter("51120000MA0750002"), AllianceMember.Kind.ASSOCIATION, "社会团体登记（演示）"));
        AllianceMember lab = alliance.admit(official, new AllianceService.Admission("天津海河检验检测技术研究院（演示）",
                CreditCode.withCheckCharacter("12120000MA0750003"), AllianceMember.Kind.TESTING, "CMA（演示）230012340001"));
        alliance.suspend(official, lab.getId(), lab.getVersion(), "资质认定证书正在复查（演示）");
        accounts.evaluator("evaluator", "津品评价中心 陈静", centre);
        int year = clock.today().getYear();
        campaigns.open(BrandProgramme.CODE, year + "年度天津品牌评价", year, 8, centre.getId());

        TitleService.ImportReport r = titles.importEarlier(accounts.actor("official"), BrandProgramme.CODE, HISTORY,
                DemoFiles.bytes(HISTORY));
        if (!r.ok()) {
            throw new IllegalStateException(HISTORY + " refused: " + r.errors());
        }
    }
}
