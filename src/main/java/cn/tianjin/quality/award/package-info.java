/**
 * The Tianjin Quality Award (天津质量奖): campaigns, applications with their narratives and self-assessment,
 * recommendation by district offices and industry bodies, and the eligibility checklist. Entries go on to the review
 * engine ({@code cn.tianjin.quality.review}) for materials review.
 */
package cn.tianjin.quality.award;
