/**
 * What every programme stands on: configuration, the one business exception, and sub-packages for the
 * database and migrations, security and accounts, the audit log, attachments, notifications and the web layer
 * (locale, layout, headers, errors, REST).
 */
package cn.tianjin.quality.platform;
