package cn.tianjin.quality.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Haihe-Bridge7", "jin men 2026 ok", "Gu-lou-9-xi-jie", "津门故里Tj2026", "Hb3#kq9!mZ"})
    void goodPasswordsPass(String password) {
        assertThat(PasswordPolicy.violations(password, "zhang.wei")).isEmpty();
        assertThat(PasswordPolicy.isAcceptable(password, "zhang.wei")).isTrue();
    }

    @Test
    void nineCharactersIsTooShortTenIsEnough() {
        assertThat(PasswordPolicy.violations("Haihe-Br7", null)).containsExactly("password.tooShort");
        assertThat(PasswordPolicy.violations("Haihe-Bri7", null)).isEmpty();
    }

    @Test
    void demoPasswordWouldNotPassThePolicy() {
        // Demo accounts are created outside the policy; this documents why that is necessary.
        assertThat(PasswordPolicy.violations("Demo-2026", "demo")).contains("password.tooShort");
    }

    @Test
    void lengthCountsCodePointsNotChars() {
        // Nine characters, four of them outside the Basic Multilingual Plane (two chars each).
        String nine = "Ab1\uD83C\uDFEF\uD83C\uDFEF\uD83C\uDFEF\uD83C\uDFEFxy";
        assertThat(nine.length()).isEqualTo(13);

        assertThat(PasswordPolicy.violations(nine, null)).containsExactly("password.tooShort");
    }

    @Test
    void over128IsTooLong() {
        String base = "Aa1-";
        assertThat(PasswordPolicy.violations(base.repeat(32), null)).isEmpty();
        assertThat(PasswordPolicy.violations(base.repeat(32) + "x", null)).containsExactly("password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"haihebridge", "HAIHE-BRIDGE", "haihe2026bridge", "1234567890-=", "河北区海河东路十八号楼"})
    void fewerThanThreeClassesIsRejected(String password) {
        assertThat(PasswordPolicy.violations(password, null)).containsExactly("password.classes");
    }

    @Test
    void characterClassesAreCounted() {
        assertThat(PasswordPolicy.characterClasses("")).isZero();
        assertThat(PasswordPolicy.characterClasses("abc")).isEqualTo(1);
        assertThat(PasswordPolicy.characterClasses("aB3")).isEqualTo(3);
        assertThat(PasswordPolicy.characterClasses("aB3 ")).isEqualTo(4);
        assertThat(PasswordPolicy.characterClasses("天津")).as("CJK counts as other").isEqualTo(1);
    }

    @Test
    void usernameIsFoundIgnoringCase() {
        assertThat(PasswordPolicy.violations("My-LiuYang-2026", "liuyang")).containsExactly("password.containsUsername");
        assertThat(PasswordPolicy.violations("My-LiuYang-2026", " LIUYANG ")).containsExactly("password.containsUsername");
    }

    @Test
    void shortOrMissingUsernameIsNotChecked() {
        assertThat(PasswordPolicy.violations("Haihe-Bridge-7", "ha")).isEmpty();
        assertThat(PasswordPolicy.violations("Haihe-Bridge-7", "")).isEmpty();
        assertThat(PasswordPolicy.violations("Haihe-Bridge-7", null)).isEmpty();
        assertThat(PasswordPolicy.violations("Haihe-Bridge-7", "hai")).containsExactly("password.containsUsername");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password123!", "Qwerty12345", "Tianjin2026!", "P@ssw0rd2026", "PASSWORD!!2026", "Woaini520.1314", "Admin@123456", "Aa1234567890", "Quality-2026"})
    void commonPasswordsAreRejected(String password) {
        assertThat(PasswordPolicy.violations(password, null)).containsExactly("password.common");
    }

    @Test
    void commonWordInsideALongerPasswordIsAllowed() {
        assertThat(PasswordPolicy.violations("MyTianjinQuality2026!", null)).isEmpty();
        assertThat(PasswordPolicy.violations("2026Password-Manager", null)).isEmpty();
    }

    @Test
    void stemDropsTrailingDigitsAndPunctuationOnly() {
        assertThat(PasswordPolicy.stem("Password123!")).isEqualTo("password");
        assertThat(PasswordPolicy.stem("Pass-word 1")).isEqualTo("pass-word");
        assertThat(PasswordPolicy.stem("123456")).isEmpty();
        assertThat(PasswordPolicy.stem("")).isEmpty();
    }

    @Test
    void allViolationsAreReportedInAFixedOrder() {
        assertThat(PasswordPolicy.violations("admin1", "admin"))
                .containsExactly("password.tooShort", "password.classes", "password.containsUsername", "password.common");
    }

    @Test
    void nullPasswordIsTreatedAsEmpty() {
        assertThat(PasswordPolicy.violations(null, "someone")).containsExactly("password.tooShort", "password.classes");
    }
}
