/**
 * The Tianjin Quality Award (天津质量奖): campaigns, applications with their narratives and self-assessment,
 * recommendation by district offices and industry bodies, and the eligibility checklist. Entries go on to the review
 * engine ({@code cn.tianjin.quality.review}) for materials review. Winners receive a certificate
 * ({@link cn.tianjin.quality.award.CertificatePdf}) whose serial carries a check character
 * ({@link cn.tianjin.quality.award.CertificateSerial}) and whose QR code leads to the public verification page.
 */
package cn.tianjin.quality.award;
