package cn.tianjin.quality.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.tianjin.quality.platform.audit.AuditLog;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RegisterCountsTest {
    @Test
    void aKeysHoldersAreCountedOnceUntilAnEnterpriseChanges() {
        var counts = new RegisterCounts();
        var counted = new AtomicInteger();
        assertEquals(1428, counts.holders(42, () -> { counted.incrementAndGet(); return 1428; }));
        assertEquals(1428, counts.holders(42, () -> { counted.incrementAndGet(); return 0; }), "kept: the page after the count");
        assertEquals(1, counted.get());
        assertEquals(7, counts.holders(43, () -> { counted.incrementAndGet(); return 7; }), "another key is counted apart");

        counts.changed(new AuditLog.Recorded("score-sheet", "save-draft", true));
        assertEquals(1428, counts.holders(42, () -> { counted.incrementAndGet(); return 0; }), "other records leave it");
        counts.changed(new AuditLog.Recorded(EnterpriseService.AUDIT_TYPE, "register", true));
        assertEquals(1429, counts.holders(42, () -> { counted.incrementAndGet(); return 1429; }), "counted again");
        assertEquals(3, counted.get());
    }

    @Test
    void aSearchIsCountedOnceForEveryPageAndOfficialUntilAnEnterpriseChanges() {
        var counts = new RegisterCounts();
        var counted = new AtomicInteger();
        var search = new EnterpriseService.Filter("精密", null, null);
        assertEquals(1428, counts.found(search, () -> { counted.incrementAndGet(); return 1428; }));
        assertEquals(1428, counts.found(new EnterpriseService.Filter(" 精密 ", "", null),
                () -> { counted.incrementAndGet(); return 0; }), "spaces and an empty district change nothing");
        assertEquals(1, counted.get());
        assertEquals(30, counts.found(new EnterpriseService.Filter("精密", "120116", null),
                () -> { counted.incrementAndGet(); return 30; }), "a district is another search");
        assertEquals(12, counts.found(new EnterpriseService.Filter("精密", null, Industry.values()[0]),
                () -> { counted.incrementAndGet(); return 12; }), "so is an industry");
        assertEquals(5, counts.holders(42, () -> { counted.incrementAndGet(); return 5; }), "a key is not a search");

        counts.changed(new AuditLog.Recorded(EnterpriseService.AUDIT_TYPE, "correct", true));
        assertEquals(1427, counts.found(search, () -> { counted.incrementAndGet(); return 1427; }), "counted again");
        assertEquals(5, counted.get());
    }
}
