/**
 * The public face: the home page, public notices (calls, 公示, announcements) and, later, the winners directory and
 * certificate verification. Pages here are stateless so that they create no HTTP session.
 */
package cn.tianjin.quality.publication;
