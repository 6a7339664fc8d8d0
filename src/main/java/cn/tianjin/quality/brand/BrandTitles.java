package cn.tianjin.quality.brand;

import cn.tianjin.quality.publication.TitleScheme;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The titles of the Tianjin brands programme: the alliance's recognition of a Tianjin brand (天津品牌), and, as history
 * only, the 天津市名牌产品 the bureau recognised until 2018 (国市监质〔2018〕208号 ended such recognitions; the titles
 * lapsed with their validity). The history is recorded from the bureau's files; the portal never issues or renews it.
 */
@ApplicationScoped
public class BrandTitles implements TitleScheme {
    public static final String CODE = "BRAND";
    /** The alliance's recognition. */
    public static final String RECOGNISED = "TJ_BRAND";
    /** 天津市名牌产品, granted by the bureau until 2018. */
    public static final String MINGPAI = "MINGPAI";
    /** The last year the bureau granted 天津市名牌产品. */
    public static final int MINGPAI_LAST_YEAR = 2018;

    private static final List<Level> LEVELS = List.of(new Level(RECOGNISED, 'R'),
            new Level(MINGPAI, 'M', MINGPAI_LAST_YEAR));

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String serialPrefix() {
        return "TJB";
    }

    @Override
    public List<Level> levels() {
        return LEVELS;
    }
}
