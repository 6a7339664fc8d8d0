package cn.tianjin.quality.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void eachRefusalOfTheRuntimeHasItsOwnKind() {
        assertThat(Problems.kindOf(401)).isEqualTo("unauthorized");
        assertThat(Problems.kindOf(403)).isEqualTo("forbidden");
        assertThat(Problems.kindOf(404)).isEqualTo("not-found");
        assertThat(Problems.kindOf(405)).isEqualTo("method-not-allowed");
        assertThat(Problems.kindOf(406)).isEqualTo("not-acceptable");
        assertThat(Problems.kindOf(415)).isEqualTo("unsupported-media-type");
        assertThat(Problems.kindOf(503)).isEqualTo("database-unavailable");
        assertThat(Problems.kindOf(500)).isEqualTo("incident");
        assertThat(Problems.kindOf(409)).isEqualTo("bad-request");
    }
}
