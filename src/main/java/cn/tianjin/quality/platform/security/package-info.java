/**
 * Accounts, roles and login: Jakarta Security with our own form page, PBKDF2 password hashes, throttling of failed
 * logins per account and per address, e-mailed one-time links, and the {@link cn.tianjin.quality.platform.security.Actor}
 * that every service call carries.
 */
package cn.tianjin.quality.platform.security;
