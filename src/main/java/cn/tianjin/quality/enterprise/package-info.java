/**
 * The enterprise register: enterprises keyed by their unified social credit code (checked per GB 32100 in
 * {@link cn.tianjin.quality.enterprise.CreditCode}), self-registration with the first user, colleagues and access
 * requests, and the officials' search and corrections; the search finds names through two-character keys
 * ({@link cn.tianjin.quality.enterprise.NameGrams}).
 */
package cn.tianjin.quality.enterprise;
