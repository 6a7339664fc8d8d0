/**
 * The quality-benchmark selection (质量标杆遴选) on the shared workflow: only its programme bean, its settings (places,
 * pass mark, how long a title holds, how long a practice must have run), its rule for the proposal and its message
 * keys; the rubric is data ({@code rubrics/tianjin-benchmark-2026.json}). Everything else is the workflow's.
 */
package cn.tianjin.quality.pacesetter;
