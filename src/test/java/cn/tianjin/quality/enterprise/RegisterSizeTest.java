package cn.tianjin.quality.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.tianjin.quality.platform.audit.AuditLog;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RegisterSizeTest {
    @Test
    void aKeysHoldersAreCountedOnceUntilAnEnterpriseChanges() {
        var size = new RegisterSize();
        var counted = new AtomicInteger();
        assertEquals(1428, size.holders(42, () -> { counted.incrementAndGet(); return 1428; }));
        assertEquals(1428, size.holders(42, () -> { counted.incrementAndGet(); return 0; }), "kept: the page after the count");
        assertEquals(1, counted.get());
        assertEquals(7, size.holders(43, () -> { counted.incrementAndGet(); return 7; }), "another key is counted apart");

        size.changed(new AuditLog.Recorded("score-sheet", "save-draft"));
        assertEquals(1428, size.holders(42, () -> { counted.incrementAndGet(); return 0; }), "other records leave it");
        size.changed(new AuditLog.Recorded(EnterpriseService.AUDIT_TYPE, "register"));
        assertEquals(1429, size.holders(42, () -> { counted.incrementAndGet(); return 1429; }), "counted again");
        assertEquals(3, counted.get());
    }
}
