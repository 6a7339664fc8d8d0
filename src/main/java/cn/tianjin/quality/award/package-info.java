/**
 * The Tianjin Quality Award (天津质量奖, with its nomination award): only what is the award's own, on the workflow every
 * programme runs ({@code cn.tianjin.quality.programme}). Its programme bean ({@link cn.tianjin.quality.award.AwardProgramme})
 * and settings (quotas, accident look-back, committee rule); the shortlist from the locked ranking, site visits and the
 * committee's vote ({@link cn.tianjin.quality.award.CommitteeRules}); the accident check at eligibility; and the link
 * from an application to the enterprise's self-assessment on the campaign's rubric.
 */
package cn.tianjin.quality.award;
