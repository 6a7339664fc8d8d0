/**
 * Self-assessment (自我评价): any registered enterprise, outside any campaign, scores itself on the current award or
 * brand rubric, sees its scores by category on a radar chart, compares them with a reference profile and keeps its
 * history. The arithmetic of scores is the review engine's ({@link cn.tianjin.quality.review.ScoreMath}); what is
 * particular to self-assessment (category percentages, comparison with a profile, the radar's geometry) lives in
 * plain classes here, and {@link cn.tianjin.quality.assessment.SelfAssessmentService} is the only writer.
 */
package cn.tianjin.quality.assessment;
