package cn.tianjin.quality.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void aMobileNumberKeepsItsNetworkAndItsLastFourDigits() {
        assertEquals("138****5678", Masks.phone("13812345678"));
        assertEquals("138****5678", Masks.phone(" 13812345678 "));
    }

    @Test
    void aLandlineHidesItsMiddleWithTheSeparator() {
        assertEquals("022*****6789", Masks.phone("022-23456789"));
        assertEquals("****6789", Masks.phone("23456789"));
    }

    @Test
    void aShortNumberKeepsOnlyItsLastTwoDigits() {
        assertEquals("***45", Masks.phone("12345"));
        assertEquals("*", Masks.phone("7"));
    }

    @Test
    void nothingStaysNothing() {
        assertEquals("", Masks.phone(null));
        assertEquals("", Masks.phone("  "));
        assertEquals("", Masks.email(null));
    }

    @Test
    void anAddressKeepsItsFirstCharacterAndItsDomain() {
        assertEquals("z***@example.com", Masks.email("zhang.san@example.com"));
        assertEquals("a***@b.cn", Masks.email("a@b.cn"));
        assertEquals("张***@例子.中国", Masks.email("张三@例子.中国"));
    }

    @Test
    void somethingThatIsNoAddressIsHiddenAllTheSame() {
        assertEquals("n***", Masks.email("not-an-address"));
        assertEquals("@***", Masks.email("@example.com"));
    }

    @Test
    void aNameShowsItsSurnameAndHidesHowLongTheRestIs() {
        assertEquals("张*", Masks.name("张伟"));
        assertEquals("欧***", Masks.name("欧阳明华"));
        assertEquals("买***", Masks.name("买买提·艾力"));
        assertEquals("J***", Masks.name(" John Smith "));
        assertEquals("*", Masks.name("丽"));
        assertEquals("", Masks.name(null));
    }

    @Test
    void anIdentityNumberHidesItsBirthDate() {
        assertEquals("11************002X", Masks.identity("11010519491231002X"));
        assertEquals("H*****78", Masks.identity("H1234578"));
        assertEquals("***4", Masks.identity("1234"));
        assertEquals("", Masks.identity(" "));
    }
}
