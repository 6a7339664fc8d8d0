package cn.tianjin.quality.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class JobFailuresTest {

    private final List<LogRecord> records = new ArrayList<>();
    private final Logger log = Logger.getAnonymousLogger();

    JobFailuresTest() {
        log.setUseParentHandlers(false);
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Test
    void anOutageOfManyRunsIsOneLineWithoutTraceAndOneWhenItIsOver() {
        var failures = new JobFailures(log, "Audit sealing");
        var outage = new RuntimeException(new SQLNonTransientConnectionException("down", "08S01", new ConnectException("Connection refused")));
        for (int i = 0; i < 60; i++) {
            failures.failed(outage);
        }
        failures.succeeded();
        failures.succeeded();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).getThrown()).isNull();
        assertThat(records.get(0).getParameters()).contains("Audit sealing", "ConnectException: Connection refused");
        assertThat(records.get(1).getMessage()).contains("works again");
        assertThat(failures.failing()).isFalse();
    }

    @Test
    void aFailureThatIsNoOutageKeepsItsTraceOnce() {
        var failures = new JobFailures(log, "Mail retry");
        var bug = new IllegalStateException("no such column");
        failures.failed(bug);
        failures.failed(bug);
        assertThat(records).singleElement().satisfies(r -> assertThat(r.getThrown()).isSameAs(bug));
        assertThat(failures.failing()).isTrue();
    }

    @Test
    void aJobThatNeverFailedLogsNothing() {
        new JobFailures(log, "Mail retry").succeeded();
        assertThat(records).isEmpty();
    }
}
