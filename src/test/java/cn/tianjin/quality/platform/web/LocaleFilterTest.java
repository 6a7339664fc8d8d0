package cn.tianjin.quality.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocaleFilterTest {
    @Test
    void anApiCallerIsAnsweredInThePortalsLanguageCookieFirst() {
        assertThat(LocaleFilter.apiTag("en", "zh-CN,zh;q=0.9")).isEqualTo("en");
        assertThat(LocaleFilter.apiTag("zh-CN", "en-US")).isEqualTo("zh-CN");
    }

    @Test
    void withoutTheCookieTheAcceptLanguageHeaderDecides() {
        assertThat(LocaleFilter.apiTag(null, "en-US,en;q=0.9")).isEqualTo("en");
        assertThat(LocaleFilter.apiTag(null, "fr-FR, en;q=0.5")).isEqualTo("en");
        assertThat(LocaleFilter.apiTag(null, "zh-TW,en;q=0.8")).isEqualTo("zh-CN");
    }

    @Test
    void otherwiseChinese() {
        assertThat(LocaleFilter.apiTag(null, null)).isEqualTo("zh-CN");
        assertThat(LocaleFilter.apiTag(null, "fr")).isEqualTo("zh-CN");
        assertThat(LocaleFilter.apiTag(null, ";;;garbage")).isEqualTo("zh-CN");
    }
}
