package cn.tianjin.quality.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
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
}
