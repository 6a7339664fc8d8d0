/**
 * The review engine shared by the Quality Award and the brand programme: rubrics as versioned data (categories,
 * items, points and score-band guidance, stored as JSON and checked by {@link cn.tianjin.quality.review.RubricValidator}),
 * the assignment of experts to entries without conflicts of interest, scoring by each expert, aggregation of their
 * scores, and the consensus a panel reaches before results go to the committee.
 */
package cn.tianjin.quality.review;
