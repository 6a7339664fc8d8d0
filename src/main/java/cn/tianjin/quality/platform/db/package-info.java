/**
 * The database: the one data source (H2 in demo mode, MySQL/MariaDB in production), Flyway migrations from sql/
 * applied at start-up before JPA is used, kept counts, and the escaping of search text for LIKE.
 */
package cn.tianjin.quality.platform.db;
