package cn.tianjin.quality.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.enterprise.CreditCode.Check;
import cn.tianjin.quality.enterprise.CreditCode.Problem;
import java.text.MessageFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /*
     * Worked by hand, value x weight for positions 1-17 (letters: A=10, K=19, L=20, M=21, P=23):
     *
     * 91120116MA05KL7P7 (a Binhai New Area company, organisation code MA05KL7P-7):
     *   9x1 + 1x3 + 1x9 + 2x27 + 0x19 + 1x26 + 1x16 + 6x17 + 21x20 + 10x29 + 0x25 + 5x13 + 19x8
     *   + 20x24 + 7x10 + 23x30 + 7x28 = 2582; 2582 mod 31 = 9; 31 - 9 = 22 -> 'N'
     *
     * 91120104718637502 (a Nankai District company, organisation code 71863750-2):
     *   9x1 + 1x3 + 1x9 + 2x27 + 0x19 + 1x26 + 0x16 + 4x17 + 7x20 + 1x29 + 8x25 + 6x13 + 3x8
     *   + 7x24 + 5x10 + 0x30 + 2x28 = 914; 914 mod 31 = 15; 31 - 15 = 16 -> 'G'
     *
     * 91120116MA05KL024: sum 1798 = 58 x 31, so 31 - 0 = 31, which maps to '0'.
     */
    private static final String BINHAI = "91120116MA05KL7P7N";
    private static final String NANKAI = "91120104718637502G";
    private static final String CHECK_IS_ZERO = "91120116MA05KL0240";

    @Test
    void handComputedCodesAreValid() {
        assertThat(CreditCode.check(BINHAI).valid()).isTrue();
        assertThat(CreditCode.check(NANKAI).valid()).isTrue();
        assertThat(CreditCode.checkCharacter("91120116MA05KL7P7")).isEqualTo('N');
        assertThat(CreditCode.checkCharacter("91120104718637502")).isEqualTo('G');
    }

    @Test
    void remainderZeroMapsToCheckCharacterZero() {
        assertThat(CreditCode.checkCharacter("91120116MA05KL024")).isEqualTo('0');
        assertThat(CreditCode.isValid(CHECK_IS_ZERO)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91120116MA07Y2QW1", "91120111300542187", "12120000MB1A23456", "52120103MJY7654X2", "91110105MA01ABCD3"})
    void withCheckCharacterBuildsValidCodes(String first17) {
        String code = CreditCode.withCheckCharacter(first17);

        assertThat(code).hasSize(18).startsWith(first17);
        Check check = CreditCode.check(code);
        assertThat(check.problem()).isEqualTo(Problem.NONE);
        assertThat(check.messageKey()).isNull();
        assertThat(check.messageArgs()).isEmpty();
    }

    @Test
    void everyOtherCheckCharacterIsRejected() {
        for (char c : CreditCode.ALPHABET.toCharArray()) {
            String candidate = BINHAI.substring(0, 17) + c;
            assertThat(CreditCode.isValid(candidate)).as(candidate).isEqualTo(c == 'N');
        }
    }

    @Test
    void lowerCaseAndSurroundingSpaceAreAccepted() {
        Check check = CreditCode.check("  91120116ma05kl7p7n\t");

        assertThat(check.valid()).isTrue();
        assertThat(check.code()).isEqualTo(BINHAI);
    }

    @Test
    void fullWidthInputIsNormalised() {
        Check check = CreditCode.check("\u3000９１１２０１１６ＭＡ０５ＫＬ７Ｐ７ｎ");

        assertThat(check.valid()).isTrue();
        assertThat(check.code()).isEqualTo(BINHAI);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000"})
    void blankIsEmpty(String raw) {
        Check check = CreditCode.check(raw);

        assertThat(check.problem()).isEqualTo(Problem.EMPTY);
        assertThat(check.messageKey()).isEqualTo("creditCode.empty");
        assertThat(check.messageArgs()).isEmpty();
    }

    @Test
    void nullIsEmpty() {
        assertThat(CreditCode.check(null).problem()).isEqualTo(Problem.EMPTY);
        assertThat(CreditCode.check(null).code()).isEmpty();
    }

    @Test
    void wrongLengthReportsActualLength() {
        Check tooShort = CreditCode.check("91120116MA05KL7P7");
        Check tooLong = CreditCode.check(BINHAI + "1");

        assertThat(tooShort.problem()).isEqualTo(Problem.LENGTH);
        assertThat(tooShort.messageKey()).isEqualTo("creditCode.length");
        assertThat(tooShort.messageArgs()).containsExactly(17);
        assertThat(tooLong.messageArgs()).containsExactly(19);
        assertThat(MessageFormat.format("{0} characters", tooShort.messageArgs())).isEqualTo("17 characters");
    }

    @Test
    void lengthIsCheckedBeforeCharacters() {
        assertThat(CreditCode.check("9112-0116").problem()).isEqualTo(Problem.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void lettersOutsideTheAlphabetAreRejected(char letter) {
        String code = "91120116MA05K" + letter + "7P7N";

        Check check = CreditCode.check(code);

        assertThat(check.problem()).isEqualTo(Problem.CHARACTER);
        assertThat(check.position()).isEqualTo(14);
        assertThat(check.found()).isEqualTo(letter);
        assertThat(check.messageKey()).isEqualTo("creditCode.character");
        assertThat(check.messageArgs()).containsExactly(14, String.valueOf(letter));
    }

    @Test
    void lowerCaseForbiddenLetterIsReportedUpperCased() {
        Check check = CreditCode.check("9112011omA05KL7P7N");

        assertThat(check.problem()).isEqualTo(Problem.CHARACTER);
        assertThat(check.position()).isEqualTo(8);
        assertThat(check.found()).isEqualTo('O');
    }

    @Test
    void firstOfSeveralBadCharactersIsReported() {
        Check check = CreditCode.check("91-20116MA05KL7P7*");

        assertThat(check.position()).isEqualTo(3);
        assertThat(check.found()).isEqualTo('-');
    }

    @Test
    void badCharacterInCheckPositionIsACharacterProblem() {
        Check check = CreditCode.check("91120116MA05KL7P7I");

        assertThat(check.problem()).isEqualTo(Problem.CHARACTER);
        assertThat(check.position()).isEqualTo(18);
    }

    @Test
    void wrongCheckCharacterReportsExpectedAndGiven() {
        Check check = CreditCode.check("91120116MA05KL7P7M");

        assertThat(check.problem()).isEqualTo(Problem.CHECK_CHARACTER);
        assertThat(check.position()).isEqualTo(18);
        assertThat(check.expected()).isEqualTo('N');
        assertThat(check.found()).isEqualTo('M');
        assertThat(check.messageKey()).isEqualTo("creditCode.checkCharacter");
        assertThat(check.messageArgs()).containsExactly("N", "M");
    }

    @Test
    void transposedDigitsAreCaught() {
        assertThat(CreditCode.check("91120104718637052G").problem()).isEqualTo(Problem.CHECK_CHARACTER);
    }

    @Test
    void tianjinIsRecognisedByDivisionCode() {
        assertThat(CreditCode.isTianjin(BINHAI)).isTrue();
        assertThat(CreditCode.isTianjin(NANKAI)).isTrue();
        assertThat(CreditCode.isTianjin(CreditCode.withCheckCharacter("91110105MA01ABCD3"))).isFalse();
        // "12" in positions 1-2 means a public institution, not Tianjin.
        assertThat(CreditCode.isTianjin(CreditCode.withCheckCharacter("12110000MB1A23456"))).isFalse();
        assertThat(CreditCode.divisionCode(BINHAI)).isEqualTo("120116");
    }

    @Test
    void tianjinQuestionNeedsAValidCode() {
        assertThatThrownBy(() -> CreditCode.isTianjin("91120116MA05KL7P7M"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkCharacterRejectsMalformedInput() {
        assertThatThrownBy(() -> CreditCode.checkCharacter("9112")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.checkCharacter(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.withCheckCharacter("91120116MA05KL7PO"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 17");
    }
}
