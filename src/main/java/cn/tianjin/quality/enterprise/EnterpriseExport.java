package cn.tianjin.quality.enterprise;

import cn.tianjin.quality.platform.reference.District;
import cn.tianjin.quality.platform.reference.Districts;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.tables.ListExport;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The enterprise register as officials search it (/official/enterprises: text, district, industry), by name, read a
 * thousand at a time. Contact persons, phones and e-mail addresses stay in the portal.
 */
@ApplicationScoped
public class EnterpriseExport extends ListExport {
    static final int BATCH = 1000;

    @Inject
    EnterpriseService enterprises;

    @Inject
    Districts districts;

    public EnterpriseExport() {
        super("enterprises", "enterprises.title", "enterprise.name", "enterprise.creditCode", "enterprise.district",
                "enterprise.industry", "enterprise.size", "enterprise.foundedOn", "enterprise.address",
                "enterprise.outsideTianjin", "enterprise.registeredAt");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        String district = ExportList.param(filters, "district");
        if (district != null && !districts.exists(district)) {
            throw bad(filters, "district");
        }
        EnterpriseService.Filter filter = new EnterpriseService.Filter(ExportList.param(filters, "text"), district,
                choice(filters, "industry", Industry.class, null));
        Map<String, District> byCode = districts.all().stream().collect(Collectors.toMap(District::getCode, Function.identity()));
        String yes = Messages.get(locale, "export.yes");
        return out -> ExportList.paged(BATCH, (first, size) -> enterprises.search(actor, filter, first, size, "name", true), e -> {
            District d = byCode.get(e.getDistrictCode());
            out.accept(Arrays.asList(e.getName(), e.getCreditCode(), d == null ? e.getDistrictCode() : d.name(locale),
                    e.getIndustry() == null ? null : e.getIndustry().name() + " " + Messages.get(locale, e.getIndustry().messageKey()),
                    e.getSize() == null ? null : Messages.get(locale, e.getSize().messageKey()), e.getFoundedOn(),
                    e.getAddress(), e.isOutsideTianjin() ? yes : "", e.getCreatedAt()));
        });
    }
}
