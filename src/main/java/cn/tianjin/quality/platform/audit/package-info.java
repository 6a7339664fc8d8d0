/**
 * The append-only audit log. Services record every state change through {@link
 * cn.tianjin.quality.platform.audit.AuditLog}; each row carries the hash of the previous one
 * ({@link cn.tianjin.quality.platform.audit.AuditChain}), so an admin can verify that nothing was altered or removed.
 */
package cn.tianjin.quality.platform.audit;
