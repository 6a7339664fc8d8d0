package cn.tianjin.quality.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
    @Test
    void aLostConnectionDeepInsideAPageFailureIsAnOutage() {
        var lost = new SQLNonTransientConnectionException("Could not create connection to database server", "08001");
        var page = new FacesException(new jakarta.el.ELException(new PersistenceException(new RuntimeException(lost))));
        assertThat(DatabaseOutage.isOutage(page)).isTrue();
    }

    @Test
    void connectionStateClass08IsAnOutageWhateverTheDriverCallsIt() {
        assertThat(DatabaseOutage.isOutage(new PersistenceException(new SQLException("Communications link failure", "08S01")))).isTrue();
    }

    @Test
    void thePoolFailingToOpenAConnectionIsAnOutage() {
        class PoolingException extends Exception {
            PoolingException(String m) {
                super(m);
            }
        }
        assertThat(DatabaseOutage.isOutage(new PersistenceException(new PoolingException("Error in allocating a connection")))).isTrue();
    }

    @Test
    void aBugOrAConstraintViolationIsNot() {
        assertThat(DatabaseOutage.isOutage(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.isOutage(new PersistenceException(new SQLException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseOutage.isOutage(null)).isFalse();
    }

    @Test
    void onlyTheFirstFailureOfAnOutageIsLoggedWithItsTrace() {
        AtomicLong lastTrace = new AtomicLong(Long.MIN_VALUE / 2);
        long start = 1_000_000_000L;
        assertThat(DatabaseOutage.isFirstOfOutage(start, lastTrace)).isTrue();
        for (long t = start + 200; t < start + 60_000; t += 200) {
            assertThat(DatabaseOutage.isFirstOfOutage(t, lastTrace)).isFalse();
        }
        // the next outage, long after this one, gets its trace again
        assertThat(DatabaseOutage.isFirstOfOutage(start + DatabaseOutage.QUIET_MILLIS + 60_000, lastTrace)).isTrue();
    }

    @Test
    void theOneLineNamesTheInnermostCause() {
        var lost = new SQLNonTransientConnectionException("Communications link failure\n\nThe last packet sent", "08S01");
        assertThat(DatabaseOutage.rootMessage(new PersistenceException(new RuntimeException(lost))))
                .isEqualTo("SQLNonTransientConnectionException: Communications link failure");
    }

    @Test
    void mojarrasTraceOfAnAjaxRequestIsDroppedOnlyForAnOutage() {
        var filter = new QuietOutageLogs.DropOutages(null);
        var outage = new java.util.logging.LogRecord(java.util.logging.Level.INFO, "visit failed");
        outage.setThrown(new jakarta.el.ELException(new PersistenceException(new SQLException("Communications link failure", "08S01"))));
        var bug = new java.util.logging.LogRecord(java.util.logging.Level.INFO, "visit failed");
        bug.setThrown(new jakarta.el.ELException(new NullPointerException()));
        assertThat(filter.isLoggable(outage)).isFalse();
        assertThat(filter.isLoggable(bug)).isTrue();
        assertThat(filter.isLoggable(new java.util.logging.LogRecord(java.util.logging.Level.INFO, "plain"))).isTrue();
    }
}
