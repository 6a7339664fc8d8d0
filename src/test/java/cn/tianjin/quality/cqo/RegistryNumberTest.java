package cn.tianjin.quality.cqo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.enterprise.CreditCode;
import org.junit.jupiter.api.Test;

class RegistryNumberTest {

    @Test
    void aNumberNamesYearDistrictAndSequenceAndEndsInItsCheck() {
        RegistryNumber number = RegistryNumber.of(2026, "120116", 7);
        assertThat(number.district()).isEqualTo("16");
        assertThat(number.toString()).startsWith("TJCQO-2026-16-0007-")
                .endsWith(String.valueOf(CreditCode.checkOf("2026160007")));
    }

    @Test
    void aNumberIsReadBackAsTypedAndAMistypeIsCaught() {
        String text = RegistryNumber.of(2026, "120104", 123).toString();
        assertThat(RegistryNumber.parse(text)).contains(new RegistryNumber(2026, "04", 123));
        assertThat(RegistryNumber.parse(" " + text.toLowerCase().replace("-", "") + " ")).contains(new RegistryNumber(2026, "04", 123));
        String swapped = text.replace("0123", "0213");
        assertThat(RegistryNumber.parse(swapped)).isEmpty();
        String typo = text.replace("0123", "0124");
        assertThat(RegistryNumber.parse(typo)).isEmpty();
        assertThat(RegistryNumber.parse("TJCQO-2026-04-0000-0")).isEmpty();
        assertThat(RegistryNumber.parse(null)).isEmpty();
    }

    @Test
    void onlyTianjinDistrictsAndSequencesFromOneAreNumbered() {
        assertThatThrownBy(() -> RegistryNumber.of(2026, "110105", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistryNumber.of(2026, "120116", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistryNumber.of(2026, "120116", 10_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
