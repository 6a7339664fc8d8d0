/**
 * The web layer shared by all pages: language (cookie, no session), the layout bean, security headers, the error
 * pages with incident ids, and the handler that answers refused objects with 404.
 */
package cn.tianjin.quality.platform.web;
