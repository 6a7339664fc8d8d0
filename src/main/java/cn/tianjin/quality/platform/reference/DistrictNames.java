package cn.tianjin.quality.platform.reference;

import cn.tianjin.quality.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** District names for pages: {@code #{districtNames.of(e.districtCode)}} in the page's language. */
@Named
@RequestScoped
public class DistrictNames {
    @Inject
    Districts districts;

    @Inject
    Language language;

    private Map<String, District> byCode;

    public String of(String code) {
        if (byCode == null) {
            byCode = districts.all().stream().collect(Collectors.toMap(District::getCode, Function.identity()));
        }
        District d = code == null ? null : byCode.get(code);
        return d == null ? (code == null ? "" : code) : d.name(language.getLocale());
    }
}
