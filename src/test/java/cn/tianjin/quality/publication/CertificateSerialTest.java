package cn.tianjin.quality.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CertificateSerialTest {
    /** The Quality Award's scheme: 天津质量奖 A, its nomination award N. */
    private static final CertificateSerial.Scheme TQA = new CertificateSerial.Scheme("TQA", "AN");

    @Test
    void theCheckCharacterIsTheCreditCodeRuleOverYearLevelAndSequence() {
        // 2026-A-03: characters 2 0 2 6 A 0 3 have values 2 0 2 6 10 0 3, weights 1 3 9 27 19 26 16;
        // sum 2 + 0 + 18 + 162 + 190 + 0 + 48 = 420; 420 mod 31 = 17; 31 - 17 = 14, which is E.
        assertThat(TQA.of(2026, 'A', 3)).isEqualTo("TQA-2026-A-03-E");
        // 2025-N-12: values 2 0 2 5 22 1 2; sum 2 + 0 + 18 + 135 + 418 + 26 + 32 = 631; 631 mod 31 = 11; 31 - 11 = 20, L.
        assertThat(TQA.of(2025, 'N', 12)).isEqualTo("TQA-2025-N-12-L");
    }

    @Test
    void issuedSerialsAreWellFormedHoweverTheyAreTyped() {
        assertThat(CertificateSerial.isWellFormed("TQA-2026-A-03-E")).isTrue();
        assertThat(CertificateSerial.isWellFormed("  tqa-2026-a-03-e\t")).isTrue();
        // Full-width, as a Chinese input method may type it.
        assertThat(CertificateSerial.isWellFormed("ＴＱＡ－２０２６－Ａ－０３－Ｅ")).isTrue();
        assertThat(CertificateSerial.normalise(" tqa-2026-a-03-e ")).isEqualTo("TQA-2026-A-03-E");
        for (int year : new int[] {2000, 2031, 2099}) {
            for (char level : new char[] {'A', 'N'}) {
                for (int sequence = 1; sequence <= 99; sequence++) {
                    assertThat(CertificateSerial.isWellFormed(TQA.of(year, level, sequence))).isTrue();
                }
            }
        }
    }

    @Test
    void aMistypedCharacterOrTwoSwappedDigitsAreCaught() {
        assertThat(CertificateSerial.isWellFormed("TQA-2026-A-03-F")).isFalse();
        assertThat(CertificateSerial.isWellFormed("TQA-2026-A-08-E")).isFalse();
        assertThat(CertificateSerial.isWellFormed("TQA-2027-A-03-E")).isFalse();
        assertThat(CertificateSerial.isWellFormed("TQA-2026-N-03-E")).isFalse();
        assertThat(CertificateSerial.isWellFormed("TQA-2026-A-30-E")).isFalse();
        assertThat(CertificateSerial.isWellFormed("TQA-2062-A-03-E")).isFalse();
    }

    @Test
    void garbageIsRejected() {
        assertThat(CertificateSerial.isWellFormed(null)).isFalse();
        assertThat(CertificateSerial.isWellFormed("")).isFalse();
        assertThat(CertificateSerial.isWellFormed("   ")).isFalse();
        assertThat(CertificateSerial.isWellFormed("证书编号")).isFalse();
        assertThat(CertificateSerial.isWellFormed("TQA-2026-A-03")).isFalse();
        assertThat(CertificateSerial.isWellFormed("TQA2026A03E")).isFalse();
        // Another programme's prefix or level: well formed for some scheme, but never issued by the award's.
        assertThat(TQA.issued("TQB-2026-A-03-E")).isFalse();
        assertThat(TQA.issued("TQA-2026-A-03-E")).isTrue();
        assertThat(CertificateSerial.isWellFormed("TQA-2026-B-03-" + checkOf("2026B03"))).isTrue();
        assertThat(TQA.issued("TQA-2026-B-03-" + checkOf("2026B03"))).isFalse();
        assertThat(CertificateSerial.isWellFormed("TQA-2026-A-3-E")).isFalse();
        assertThat(CertificateSerial.isWellFormed("TQA-2026-A-03-EE")).isFalse();
        // Right layout, wrong numbers: sequence 00 and a year outside the range, each with its computed check.
        assertThat(CertificateSerial.isWellFormed("TQA-2026-A-00-" + checkOf("2026A00"))).isFalse();
        assertThat(CertificateSerial.isWellFormed("TQA-1999-A-03-" + checkOf("1999A03"))).isFalse();
    }

    @Test
    void aSchemeIsAPrefixOfCapitalsAndLevelLettersTheCheckCanRead() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CertificateSerial.Scheme("T", "A"));
        assertThatIllegalArgumentException().isThrownBy(() -> new CertificateSerial.Scheme("tqa", "A"));
        // I, O, S, V and Z are not in the credit code alphabet, so they would have no value in the check.
        assertThatIllegalArgumentException().isThrownBy(() -> new CertificateSerial.Scheme("TQB", "S"));
        assertThat(new CertificateSerial.Scheme("TQB", "B").of(2026, 'B', 1)).startsWith("TQB-2026-B-01-");
    }

    @Test
    void valuesOutOfRangeAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> TQA.of(1999, 'A', 1));
        assertThatIllegalArgumentException().isThrownBy(() -> TQA.of(2100, 'A', 1));
        assertThatIllegalArgumentException().isThrownBy(() -> TQA.of(2026, 'a', 1));
        assertThatIllegalArgumentException().isThrownBy(() -> TQA.of(2026, 'B', 1));
        assertThatIllegalArgumentException().isThrownBy(() -> TQA.of(2026, 'A', 0));
        assertThatIllegalArgumentException().isThrownBy(() -> TQA.of(2026, 'A', 100));
    }

    /** The rule written out again, so that the out-of-range cases fail on their numbers and not on the check. */
    private static char checkOf(String body) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < body.length(); i++) {
            sum += alphabet.indexOf(body.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return alphabet.charAt((31 - sum % 31) % 31);
    }
}
