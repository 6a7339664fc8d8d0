/**
 * Notifications: the in-app inbox and e-mail. Services call {@link cn.tianjin.quality.platform.notify.NotificationService}
 * or, better, fire domain events that a listener here turns into messages.
 */
package cn.tianjin.quality.platform.notify;
