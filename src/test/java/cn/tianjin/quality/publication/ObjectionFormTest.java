package cn.tianjin.quality.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectionFormTest {
    private static final String GROUNDS = "该企业去年发生过产品质量投诉事件，申报材料中的顾客满意度数据与实际不符。";

    @Test
    void aCompleteFormIsTrimmedAndKept() {
        ObjectionForm f = new ObjectionForm(7L, "  张伟 ", "139 1234 5678", " zhang.wei@example.cn ", "  " + GROUNDS + " ").checked();

        assertThat(f.name()).isEqualTo("张伟");
        assertThat(f.phone()).isEqualTo("13912345678");
        assertThat(f.email()).isEqualTo("zhang.wei@example.cn");
        assertThat(f.grounds()).isEqualTo(GROUNDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13912345678", "+86 13912345678", "022-23456789", "02223456789", "0316-1234567"})
    void mobileAndLandlineNumbersAreAccepted(String phone) {
        assertThat(new ObjectionForm(1L, "李娜", phone, "a@b.cn", GROUNDS).checked().phone()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "23456789", "1391234567", "abc"})
    void otherNumbersAreRefusedOnTheirField(String phone) {
        assertThatThrownBy(() -> new ObjectionForm(1L, "李娜", phone, "a@b.cn", GROUNDS).checked())
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).field()).isEqualTo("phone"));
    }

    @Test
    void eachMissingPartIsNamed() {
        assertThat(field(new ObjectionForm(null, "李娜", "13912345678", "a@b.cn", GROUNDS))).isEqualTo("entry");
        assertThat(field(new ObjectionForm(1L, " ", "13912345678", "a@b.cn", GROUNDS))).isEqualTo("name");
        assertThat(field(new ObjectionForm(1L, "李娜", "13912345678", "not-an-address", GROUNDS))).isEqualTo("email");
        assertThat(field(new ObjectionForm(1L, "李娜", "13912345678", "a@b.cn", "太短了"))).isEqualTo("grounds");
    }

    private static String field(ObjectionForm f) {
        try {
            f.checked();
            return null;
        } catch (BusinessException e) {
            return e.field();
        }
    }
}
