/**
 * Personal data on staff pages: telephone numbers and e-mail addresses shown masked, and shown whole only to a staff
 * member who states why, one person's details at a time, each time in the audit log.
 */
package cn.tianjin.quality.platform.privacy;
