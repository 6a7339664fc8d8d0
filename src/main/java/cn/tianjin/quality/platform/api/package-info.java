/** The REST API under /api/v1: the JAX-RS application and the rules every call follows (CSRF header, refusals). */
package cn.tianjin.quality.platform.api;
