package cn.tianjin.quality.cqo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.cqo.IdentityDocument.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentityDocumentTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void theStandardsOwnExampleIsValidAsTypedInFullWidthAndLowerCase() {
        // GB 11643-1999's example: born 1949-12-31 in Beijing's Chaoyang district, check character X.
        assertThat(IdentityDocument.RESIDENT_ID.check("11010519491231002X", TODAY).valid()).isTrue();
        assertThat(IdentityDocument.RESIDENT_ID.check("１１０１０５ １９４９１２３１ ００２ｘ", TODAY).number())
                .isEqualTo("11010519491231002X");
        // Worked by hand: the weighted sum of 12010419800101001 is 121, 121 mod 11 = 0, check character 1.
        assertThat(IdentityDocument.residentCheckCharacter("12010419800101001")).isEqualTo('1');
        assertThat(IdentityDocument.RESIDENT_ID.check("120104198001010011", TODAY).valid()).isTrue();
    }

    @Test
    void aWrongCheckCharacterNamesTheRightOne() {
        IdentityDocument.Check check = IdentityDocument.RESIDENT_ID.check("110105194912310021", TODAY);
        assertThat(check.problem()).isEqualTo(Problem.CHECK_CHARACTER);
        assertThat(check.messageKey()).isEqualTo("cqo.id.checkCharacter");
        assertThat(check.messageArgs()).containsExactly("X", "1");
    }

    @Test
    void twoNeighboursSwappedAreCaught() {
        assertThat(IdentityDocument.RESIDENT_ID.check("11010591491231002X", TODAY).valid()).isFalse();
        assertThat(IdentityDocument.RESIDENT_ID.check("11010519491213002X", TODAY).valid()).isFalse();
    }

    @Test
    void shapeRegionAndBirthDateAreCheckedBeforeTheCheckCharacter() {
        assertThat(IdentityDocument.RESIDENT_ID.check("1101051949123100", TODAY).problem()).isEqualTo(Problem.FORMAT);
        assertThat(IdentityDocument.RESIDENT_ID.check("11010519491231002Y", TODAY).problem()).isEqualTo(Problem.FORMAT);
        assertThat(IdentityDocument.RESIDENT_ID.check(withCheck("99010519491231002"), TODAY).problem()).isEqualTo(Problem.REGION);
        assertThat(IdentityDocument.RESIDENT_ID.check(withCheck("12010419490231002"), TODAY).problem())
                .isEqualTo(Problem.BIRTH_DATE);
        assertThat(IdentityDocument.RESIDENT_ID.check(withCheck("12010420270101002"), TODAY).problem())
                .isEqualTo(Problem.BIRTH_DATE);
        assertThat(IdentityDocument.RESIDENT_ID.check("  ", TODAY).problem()).isEqualTo(Problem.EMPTY);
        assertThat(IdentityDocument.RESIDENT_ID.check("1201", TODAY).messageKey()).isEqualTo("cqo.id.format.RESIDENT_ID");
    }

    @Test
    void residencePermitsOfHongKongMacaoAndTaiwanResidentsAreResidentNumbers() {
        assertThat(IdentityDocument.RESIDENT_ID.check(withCheck("81000019900101001"), TODAY).valid()).isTrue();
        assertThat(IdentityDocument.RESIDENT_ID.check(withCheck("83000019900101002"), TODAY).valid()).isTrue();
    }

    @Test
    void theAlternativesAreCheckedByTheirShape() {
        assertThat(IdentityDocument.HK_MACAO_PERMIT.check("h12345678", TODAY).valid()).isTrue();
        assertThat(IdentityDocument.HK_MACAO_PERMIT.check("M1234567890", TODAY).valid()).isTrue();
        assertThat(IdentityDocument.HK_MACAO_PERMIT.check("K12345678", TODAY).problem()).isEqualTo(Problem.FORMAT);
        assertThat(IdentityDocument.TAIWAN_PERMIT.check("12345678", TODAY).valid()).isTrue();
        assertThat(IdentityDocument.TAIWAN_PERMIT.check("1234567890B", TODAY).valid()).isTrue();
        assertThat(IdentityDocument.TAIWAN_PERMIT.check("1234", TODAY).valid()).isFalse();
        assertThat(IdentityDocument.FOREIGN_PASSPORT.check("e 1234 5678", TODAY).number()).isEqualTo("E12345678");
        assertThat(IdentityDocument.FOREIGN_PASSPORT.check("E1234567", TODAY).valid()).isTrue();
        assertThat(IdentityDocument.FOREIGN_PASSPORT.check("护照123", TODAY).valid()).isFalse();
    }

    private static String withCheck(String first17) {
        return first17 + IdentityDocument.residentCheckCharacter(first17);
    }
}
