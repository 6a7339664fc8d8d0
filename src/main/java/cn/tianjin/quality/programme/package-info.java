/**
 * The workflow every programme runs: campaigns and their stages, applications (an enterprise's, or what an enterprise
 * or association puts forward) with their sections and documents, recommendation, the eligibility checklist, the
 * hand-off to review, the proposal put on public display, and publication into titles. A programme is a CDI bean
 * implementing {@link cn.tianjin.quality.programme.Programme} in its own package; the workflow asks it only what is its
 * own, and never names a programme itself.
 */
package cn.tianjin.quality.programme;
