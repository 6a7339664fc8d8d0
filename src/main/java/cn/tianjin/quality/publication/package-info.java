/**
 * What the public sees, for every programme alike: notices in Chinese and English, public display (公示) of ranked
 * entries with the objections it draws, titles with their validity, certificates with a QR code and their verification,
 * revocation cases, each programme's directory, and the open data of all of it. A programme registers its titles'
 * scheme ({@link cn.tianjin.quality.publication.TitleScheme}) and hands over its proposal; publication knows no
 * committee and no campaign. Public pages are stateless, so that they create no HTTP session.
 */
package cn.tianjin.quality.publication;
