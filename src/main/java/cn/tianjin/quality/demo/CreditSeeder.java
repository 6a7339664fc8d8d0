package cn.tianjin.quality.demo;

import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.credit.Declaration;
import cn.tianjin.quality.credit.DeclarationForm;
import cn.tianjin.quality.credit.DeclarationService;
import cn.tianjin.quality.credit.DishonestyEntry;
import cn.tianjin.quality.credit.Interview;
import cn.tianjin.quality.credit.InterviewService;
import cn.tianjin.quality.credit.SpotCheck;
import cn.tianjin.quality.credit.SpotCheckForm;
import cn.tianjin.quality.credit.SpotCheckService;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Two dishonesty listings: one running (a veto today), one of four years ago that has ended. Spot checks: a failure of
 * the demo applicant's own enterprise awaiting its measures, one overdue, one whose measures await the bureau, one
 * rectified last year, and passes. Commitments and self-declared standards (one found breached) and an interview
 * with what followed. With the listing and the CQOs seeded later, the grades come out A to D.
 */
@ApplicationScoped
class CreditSeeder {
    @Inject
    PortalClock clock;

    @Inject
    CreditService credit;

    @Inject
    SpotCheckService spotChecks;

    @Inject
    AccountSeeder accounts;

    @Inject
    DeclarationService declarations;

    @Inject
    InterviewService interviews;

    void seed(List<Enterprise> made) {
        LocalDate today = clock.today();
        entry(made.get(5), "产品质量监督抽查连续两次不合格且拒不整改", "津市监质罚〔2025〕17号", today.minusMonths(8));
        entry(made.get(11), "提供虚假质量检验报告", "津市监信〔2021〕5号", today.minusYears(4));

        spotCheck(made.get(0), "工业用电热水器", "2026-1103", today.minusDays(15), "温升、接地措施", today.plusDays(20));
        spotCheck(made.get(2), "电线电缆", "DX-2609", today.minusDays(70), "导体电阻", today.minusDays(10));
        SpotCheck awaiting = spotCheck(made.get(3), "儿童服装", "ET-0921", today.minusDays(40), "纤维含量、pH值", today.plusDays(5));
        spotChecks.submit(applicant(made.get(3)), awaiting.getId(), awaiting.getVersion(),
                "更换面料供应商并对库存全部复检；修订进货检验规程，增加纤维含量抽检。", "整改报告.pdf", pdf());
        SpotCheck done = spotCheck(made.get(4), "建筑用钢筋", "GJ-2511", today.minusYears(1).minusDays(30), "屈服强度",
                today.minusYears(1).plusDays(30));
        done = spotChecks.submit(applicant(made.get(4)), done.getId(), done.getVersion(), "调整轧制工艺参数，复检合格。",
                "复检报告.pdf", pdf());
        spotChecks.accept(accounts.actor("official"), done.getId(), done.getVersion(), "复检报告齐全，整改到位");
        spotCheck(made.get(6), "食用植物油", "YY-1102", today.minusDays(25), null, null);
        spotCheck(made.get(7), "LED灯具", "LED-1018", today.minusYears(1).minusDays(50), null, null);
        // A good record for grade A: two passes, a commitment and a standard (with its CQO, seeded later).
        spotCheck(made.get(7), "LED灯具", "LED-2604", today.minusMonths(8), null, null);
        declare(made.get(7), Declaration.Kind.COMMITMENT, "质量诚信承诺", null,
                "建立产品质量追溯体系，每批产品留样备查；主动公开产品执行标准和检验结果。", today.minusYears(1));
        declare(made.get(7), Declaration.Kind.STANDARD, "LED平板灯", "Q/12GL ZM 003—2025",
                "光效不低于130 lm/W，显色指数不低于90，高于国家标准的要求。", today.minusMonths(10));

        declare(made.get(0), Declaration.Kind.COMMITMENT, "产品质量承诺", null,
                "严格执行国家强制性标准，不合格产品不出厂；产品质量问题在48小时内响应并依法承担责任。", today.minusMonths(6));
        declare(made.get(0), Declaration.Kind.STANDARD, "工业用电热水器", "Q/12BH JG 001—2025",
                "适用于额定功率3 kW至30 kW的工业用储水式电热水器；热效率不低于96%，高于国家标准的要求。", today.minusMonths(4));
        Declaration oil = declare(made.get(6), Declaration.Kind.STANDARD, "压榨花生油", "Q/12WQ FD 002—2024",
                "酸价不高于1.5 mg/g，过氧化值不高于0.15 g/100g。", today.minusYears(1));
        declarations.markBreached(accounts.actor("official"), oil.getId(), oil.getVersion(),
                "监督抽查中该标准所列过氧化值指标不符合声明");
        Interview talk = interviews.record(accounts.actor("official"), made.get(2).getId(), today.minusDays(5),
                "电线电缆抽查不合格且逾期未整改", "企业法定代表人、质量负责人；市市场监管委质量发展处",
                "十日内提交整改报告；停止销售同批次产品；对在库产品逐批检验");
        interviews.followUp(accounts.actor("official"), talk.getId(), talk.getVersion(), "企业已停止销售同批次产品，整改报告尚未提交。");
    }

    private Declaration declare(Enterprise e, Declaration.Kind kind, String title, String standardNo, String content,
                                LocalDate on) {
        DeclarationForm f = new DeclarationForm();
        f.setKind(kind);
        f.setTitle(title);
        f.setStandardNo(standardNo);
        f.setContent(content);
        f.setDeclaredOn(on);
        return declarations.declare(applicant(e), e.getId(), f);
    }

    private SpotCheck spotCheck(Enterprise e, String product, String batch, LocalDate checkedOn, String failedItems,
                                LocalDate rectifyBy) {
        SpotCheckForm f = new SpotCheckForm();
        f.setCreditCode(e.getCreditCode());
        f.setProduct(product);
        f.setBatch(batch);
        f.setCheckedOn(checkedOn);
        f.setPassed(failedItems == null);
        f.setFailedItems(failedItems);
        f.setInspectionBody("天津市产品质量监督检测技术研究院");
        f.setRectifyBy(rectifyBy);
        return spotChecks.record(accounts.actor("official"), f);
    }

    private static Actor applicant(Enterprise e) {
        return new Actor(null, "demo-" + e.getCreditCode(), Role.APPLICANT, e.getId());
    }

    private static ByteArrayInputStream pdf() {
        return new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    private void entry(Enterprise e, String reason, String source, LocalDate listed) {
        DishonestyEntry d = new DishonestyEntry();
        d.setCreditCode(e.getCreditCode());
        d.setEnterpriseName(e.getName());
        d.setReason(reason);
        d.setSourceDocument(source);
        d.setListedOn(listed);
        credit.add(Actor.system(), d);
    }
}
