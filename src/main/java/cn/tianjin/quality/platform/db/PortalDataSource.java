package cn.tianjin.quality.platform.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The portal's one data source. Driver, URL and credentials come from MicroProfile Config, so the same
 * WAR runs on the embedded H2 database in demo mode and on MySQL 8 / MariaDB in production
 * (see META-INF/microprofile-config.properties for the keys and their defaults).
 */
@Singleton
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "${MPCONFIG=db.class}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
public class PortalDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/quality";
}
