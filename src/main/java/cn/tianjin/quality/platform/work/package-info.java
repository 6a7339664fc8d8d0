/**
 * Work queues: what waits for the signed-in user, counted, each count a link to the list behind it. Every feature
 * contributes its own queues ({@link cn.tianjin.quality.platform.work.WorkQueue}); the workbench of each role shows
 * them together, the most pressing first.
 */
package cn.tianjin.quality.platform.work;
