package cn.tianjin.quality.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.platform.audit.AuditChain.AuditRecord;
import cn.tianjin.quality.platform.audit.AuditChain.Verifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant START = Instant.parse("2026-03-01T01:30:00.123456Z");
    private static final String PINNED_HASH = "9533715a525d3b2412706d0e5057fe0d65d4ccdae5eed972f520bb25cd0b5805";

    /** A sealed chain of {@code count} records with ids 1..count. */
    private static List<AuditRecord> chain(int count) {
        List<AuditRecord> records = new ArrayList<>();
        String previous = "";
        for (int i = 1; i <= count; i++) {
            AuditRecord record = AuditChain.seal(previous, unsealed(i, "修改了申报材料第" + i + "项"));
            records.add(record);
            previous = record.hash();
        }
        return records;
    }

    private static AuditRecord unsealed(long id, String summary) {
        return new AuditRecord(id, START.plusSeconds(id), "wang.fang", "OFFICIAL", "application", "A-2026-" + id,
                "UPDATE", summary, null);
    }

    @Test
    void hashIsLowerCaseHexSha256() {
        String hash = AuditChain.hash("", unsealed(1, "s"));

        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void encodingIsPinned() {
        // Stored chains depend on this exact value; it was cross-checked with an independent
        // implementation of the encoding. Changing it breaks every existing audit log.
        AuditRecord record = new AuditRecord(42, Instant.parse("2026-01-02T03:04:05.678901Z"), "管理员", "ADMIN",
                "user", "7", "LOGIN", "登录成功", null);

        assertThat(AuditChain.hash("", record)).isEqualTo(PINNED_HASH);
    }

    @Test
    void intactChainVerifies() {
        List<AuditRecord> records = chain(50);

        assertThat(AuditChain.firstBroken(records)).isEmpty();
        assertThat(AuditChain.firstBroken(List.of())).isEmpty();
    }

    @Test
    void changedSummaryIsReportedAtThatRecordOnly() {
        List<AuditRecord> records = new ArrayList<>(chain(10));
        AuditRecord original = records.get(4);
        records.set(4, new AuditRecord(original.seq(), original.occurredAt(), original.actor(), original.role(),
                original.objectType(), original.objectId(), original.action(), "改动后的摘要", original.hash()));

        Verifier verifier = new Verifier();
        List<Boolean> outcomes = new ArrayList<>();
        records.forEach(r -> outcomes.add(verifier.accept(r)));

        assertThat(verifier.firstBroken()).hasValue(5);
        assertThat(outcomes).containsExactly(true, true, true, true, false, true, true, true, true, true);
    }

    @Test
    void everyContentFieldIsCovered() {
        AuditRecord base = AuditChain.seal("", unsealed(1, "s"));
        List<AuditRecord> variants = List.of(
                new AuditRecord(2, base.occurredAt(), base.actor(), base.role(), base.objectType(), base.objectId(), base.action(), base.summary(), base.hash()),
                new AuditRecord(1, base.occurredAt().plusNanos(1_000), base.actor(), base.role(), base.objectType(), base.objectId(), base.action(), base.summary(), base.hash()),
                new AuditRecord(1, base.occurredAt(), "li.na", base.role(), base.objectType(), base.objectId(), base.action(), base.summary(), base.hash()),
                new AuditRecord(1, base.occurredAt(), base.actor(), "ADMIN", base.objectType(), base.objectId(), base.action(), base.summary(), base.hash()),
                new AuditRecord(1, base.occurredAt(), base.actor(), base.role(), "campaign", base.objectId(), base.action(), base.summary(), base.hash()),
                new AuditRecord(1, base.occurredAt(), base.actor(), base.role(), base.objectType(), "A-2026-9", base.action(), base.summary(), base.hash()),
                new AuditRecord(1, base.occurredAt(), base.actor(), base.role(), base.objectType(), base.objectId(), "DELETE", base.summary(), base.hash()),
                new AuditRecord(1, base.occurredAt(), base.actor(), base.role(), base.objectType(), base.objectId(), base.action(), "t", base.hash()));

        for (AuditRecord variant : variants) {
            assertThat(AuditChain.firstBroken(List.of(variant))).as(variant.toString()).hasValue(variant.seq());
        }
    }

    @Test
    void previousHashIsCovered() {
        AuditRecord record = unsealed(1, "s");

        assertThat(AuditChain.hash("", record)).isNotEqualTo(AuditChain.hash("00", record));
        assertThat(AuditChain.hash(null, record)).isEqualTo(AuditChain.hash("", record));
    }

    @Test
    void fieldBoundariesAreUnambiguous() {
        AuditRecord ab = new AuditRecord(1, START, "ab", "c", null, null, "X", "", null);
        AuditRecord a = new AuditRecord(1, START, "a", "bc", null, null, "X", "", null);
        AuditRecord nullVsEmpty = new AuditRecord(1, START, "ab", "c", "", null, "X", "", null);

        assertThat(AuditChain.hash("", ab)).isNotEqualTo(AuditChain.hash("", a));
        assertThat(AuditChain.hash("", ab)).isNotEqualTo(AuditChain.hash("", nullVsEmpty));
    }

    @Test
    void deletedRowIsReportedAtTheFollowingRecord() {
        List<AuditRecord> records = new ArrayList<>(chain(10));
        records.remove(6); // id 7

        assertThat(AuditChain.firstBroken(records)).hasValue(8);
    }

    @Test
    void deletedFirstRowIsReported() {
        List<AuditRecord> records = new ArrayList<>(chain(3));
        records.remove(0);

        assertThat(AuditChain.firstBroken(records)).hasValue(2);
    }

    @Test
    void reorderedRowsAreReportedAtTheFirstOutOfPlace() {
        List<AuditRecord> records = new ArrayList<>(chain(10));
        Collections.swap(records, 3, 4); // ids now 1,2,3,5,4,6,...

        assertThat(AuditChain.firstBroken(records)).hasValue(5);
    }

    @Test
    void swappedContentUnderKeptIdsIsReported() {
        List<AuditRecord> records = new ArrayList<>(chain(10));
        AuditRecord third = records.get(2);
        AuditRecord fourth = records.get(3);
        records.set(2, new AuditRecord(3, fourth.occurredAt(), fourth.actor(), fourth.role(), fourth.objectType(),
                fourth.objectId(), fourth.action(), fourth.summary(), fourth.hash()));
        records.set(3, new AuditRecord(4, third.occurredAt(), third.actor(), third.role(), third.objectType(),
                third.objectId(), third.action(), third.summary(), third.hash()));

        assertThat(AuditChain.firstBroken(records)).hasValue(3);
    }

    @Test
    void reSealingATamperedRowStillBreaksTheNextOne() {
        List<AuditRecord> records = new ArrayList<>(chain(5));
        AuditRecord forged = AuditChain.seal(records.get(1).hash(), unsealed(3, "伪造"));
        records.set(2, forged);

        assertThat(AuditChain.firstBroken(records)).hasValue(4);
    }

    @Test
    void missingHashIsBroken() {
        List<AuditRecord> records = new ArrayList<>(chain(3));
        records.set(1, records.get(1).withHash(null));

        assertThat(AuditChain.firstBroken(records)).hasValue(2);
    }

    @Test
    void verificationCanResumePageByPage() {
        List<AuditRecord> records = chain(25);

        Verifier firstPage = new Verifier();
        records.subList(0, 10).forEach(firstPage::accept);
        Verifier secondPage = new Verifier(firstPage.lastHash());
        records.subList(10, 25).forEach(secondPage::accept);

        assertThat(firstPage.intact()).isTrue();
        assertThat(secondPage.intact()).isTrue();
        assertThat(firstPage.checked() + secondPage.checked()).isEqualTo(25);
        assertThat(secondPage.lastHash()).isEqualTo(records.get(24).hash());
    }

    @Test
    void firstBrokenIsNotOverwrittenByLaterBreaks() {
        List<AuditRecord> records = new ArrayList<>(chain(10));
        records.remove(8);
        records.remove(2);

        assertThat(AuditChain.firstBroken(records)).hasValue(4);
    }

    @Test
    void timesMustFitDatetime6() {
        AuditRecord withNanos = new AuditRecord(1, START.plusNanos(1), "a", "r", "t", "1", "X", "s", null);

        assertThatThrownBy(() -> AuditChain.hash("", withNanos)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MICROS");
    }

    @Test
    void nowIsTruncatedToMicroseconds() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00.123456789Z"), ZoneOffset.UTC);

        assertThat(AuditChain.now(clock)).isEqualTo(Instant.parse("2026-03-01T00:00:00.123456Z"));
    }

    @Test
    void epochMicrosHandlesTimesBefore1970() {
        assertThat(AuditChain.epochMicros(Instant.parse("1969-12-31T23:59:59.999999Z"))).isEqualTo(-1);
        assertThat(AuditChain.epochMicros(START)).isEqualTo(1_772_328_600_123_456L);
    }
}
