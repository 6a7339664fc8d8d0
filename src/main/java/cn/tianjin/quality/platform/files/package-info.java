/**
 * Attachments: upload once, use anywhere. Type by content, size limit, SHA-256, storage outside the web root, and
 * reading only through the owner's {@link cn.tianjin.quality.platform.files.AttachmentPolicy}. Files whose row never
 * committed (the server died in between) are swept by {@link cn.tianjin.quality.platform.files.UploadSweeper}.
 */
package cn.tianjin.quality.platform.files;
