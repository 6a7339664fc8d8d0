package cn.tianjin.quality.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.platform.BusinessException;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void absentOrEmptyParametersTakeTheDefaults() {
        assertThat(Paging.of(null, null, 20)).isEqualTo(new Paging(1, 20));
        assertThat(Paging.of("", " ", 50)).isEqualTo(new Paging(1, 50));
    }

    @Test
    void aPageStartsWhereTheOnesBeforeItEnd() {
        Paging p = Paging.of("3", "25", 20);
        assertThat(p.offset()).isEqualTo(50);
        assertThat(Paging.of(" 2 ", "100", 20)).isEqualTo(new Paging(2, 100));
    }

    @Test
    void somethingThatIsNoWholeNumberIsRefusedOnItsName() {
        assertThatThrownBy(() -> Paging.of("abc", null, 20)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("api.param.notWhole");
            assertThat(e.field()).isEqualTo("page");
            assertThat(e.args()).containsExactly("page", "abc");
        });
        assertThatThrownBy(() -> Paging.of("1", "2.5", 20))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("size"));
    }

    @Test
    void aNumberOutOfBoundsIsRefusedRatherThanQuietlyReplaced() {
        for (String[] bad : new String[][] {{"-5", null}, {"0", null}, {null, "0"}, {null, "101"}, {"99999999999", null}}) {
            assertThatThrownBy(() -> Paging.of(bad[0], bad[1], 20)).as(String.join(",", String.valueOf(bad[0]), String.valueOf(bad[1])))
                    .isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.messageKey()).isIn("api.param.range", "api.param.notWhole"));
        }
        assertThatThrownBy(() -> Paging.whole("year", "1800", 0, 1990, 2100))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.args()).containsExactly("year", 1990, 2100, "1800"));
    }
}
