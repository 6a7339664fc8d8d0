package cn.tianjin.quality.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {
    @Test
    void wildcardsTypedByTheUserAreLookedForAsThemselves() {
        assertThat(Like.contains("100%")).isEqualTo("%100\\%%");
        assertThat(Like.contains("A_B")).isEqualTo("%A\\_B%");
        assertThat(Like.contains("C:\\x")).isEqualTo("%C:\\\\x%");
    }

    @Test
    void plainTextIsWrappedOnly() {
        assertThat(Like.contains("精密")).isEqualTo("%精密%");
        assertThat(Like.contains(null)).isNull();
    }
}
