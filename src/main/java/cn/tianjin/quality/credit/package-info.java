/**
 * Quality credit: the serious dishonesty list with its CSV import, the one-vote veto asked by every programme
 * ({@link cn.tianjin.quality.credit.CreditService#veto}), and the credit file timeline of each enterprise, written by
 * event listeners ({@link cn.tianjin.quality.credit.CreditFile}).
 */
package cn.tianjin.quality.credit;
