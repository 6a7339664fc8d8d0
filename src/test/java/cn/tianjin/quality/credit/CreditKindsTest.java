package cn.tianjin.quality.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditKindsTest {
    @Test
    void everyKindOfLineFallsInOneGroup() {
        assertThat(CreditKinds.of("SPOT_CHECK_FAILED")).isEqualTo(CreditKinds.Group.SPOT_CHECKS);
        assertThat(CreditKinds.of("DISHONESTY_ENDED")).isEqualTo(CreditKinds.Group.DISHONESTY);
        assertThat(CreditKinds.of("INTERVIEW_FOLLOW_UP")).isEqualTo(CreditKinds.Group.INTERVIEWS);
        assertThat(CreditKinds.of("STANDARD_DECLARED")).isEqualTo(CreditKinds.Group.DECLARATIONS);
        assertThat(CreditKinds.of("DECLARATION_BREACHED")).isEqualTo(CreditKinds.Group.DECLARATIONS);
        assertThat(CreditKinds.of("REGISTERED")).isEqualTo(CreditKinds.Group.REGISTRATION);
        assertThat(CreditKinds.of("CQO_REGISTERED")).as("a programme's own line").isEqualTo(CreditKinds.Group.HONOURS);
        assertThat(CreditKinds.of("TITLE_REVOKED")).isEqualTo(CreditKinds.Group.HONOURS);
    }

    @Test
    void theGroupInTheAddressIsReadForgivingly() {
        assertThat(CreditKinds.parse("spot_checks")).isEqualTo(CreditKinds.Group.SPOT_CHECKS);
        assertThat(CreditKinds.parse("<script>")).isEqualTo(CreditKinds.Group.ALL);
        assertThat(CreditKinds.parse(null)).isEqualTo(CreditKinds.Group.ALL);
        assertThat(CreditKinds.shows(CreditKinds.Group.ALL, "REGISTERED")).isTrue();
        assertThat(CreditKinds.shows(CreditKinds.Group.HONOURS, "REGISTERED")).isFalse();
    }
}
