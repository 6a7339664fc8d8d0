-- One workflow for every programme: the Quality Award's campaigns, applications, sections and eligibility checklist
-- become the workflow's own (campaign, application, application_section, eligibility_item); what the public sees moves
-- to publication (public_display with its display_entry rows, objection, title with a validity, revocation_case); only
-- the award's own stays award_*: its settings, shortlist, committee and site visits, and the link from an application
-- to the self-assessment that now keeps its self-scores. Ids are kept, so attachments, review entries and audit rows
-- still lead to their records; the audit log itself is not touched.

-- 1. Campaigns of every programme; the award's own settings in a table of its own.
ALTER TABLE award_campaign RENAME TO campaign;
ALTER TABLE campaign ADD COLUMN programme VARCHAR(20) NOT NULL DEFAULT 'AWARD';
ALTER TABLE campaign RENAME COLUMN award_year TO campaign_year;

CREATE TABLE award_settings (
  campaign_id              BIGINT        NOT NULL PRIMARY KEY,
  award_quota              INT           NOT NULL,
  nomination_quota         INT           NOT NULL,
  accident_lookback_years  INT           NOT NULL,
  major_lookback_years     INT           NOT NULL,
  committee_quorum         INT           NOT NULL,
  carry_numerator          INT           NOT NULL,
  carry_denominator        INT           NOT NULL,
  site_visit_until         DATE,
  version                  INT           NOT NULL,
  CONSTRAINT fk_award_settings_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
INSERT INTO award_settings (campaign_id, award_quota, nomination_quota, accident_lookback_years, major_lookback_years,
                            committee_quorum, carry_numerator, carry_denominator, site_visit_until, version)
  SELECT id, award_quota, nomination_quota, accident_lookback_years, major_lookback_years, committee_quorum,
         carry_numerator, carry_denominator, site_visit_until, 0
  FROM campaign ORDER BY id;
ALTER TABLE campaign DROP COLUMN award_quota;
ALTER TABLE campaign DROP COLUMN nomination_quota;
ALTER TABLE campaign DROP COLUMN accident_lookback_years;
ALTER TABLE campaign DROP COLUMN major_lookback_years;
ALTER TABLE campaign DROP COLUMN committee_quorum;
ALTER TABLE campaign DROP COLUMN carry_numerator;
ALTER TABLE campaign DROP COLUMN carry_denominator;
ALTER TABLE campaign DROP COLUMN site_visit_until;

-- 2. Public displays: one per campaign that reached its display, its entries the shortlist in ranking order, each at
--    the level the committee proposed and the level it stands at after objections and the last credit check.
CREATE TABLE public_display (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  programme      VARCHAR(20)   NOT NULL,
  ref_id         BIGINT        NOT NULL,
  title          VARCHAR(200)  NOT NULL,
  display_from   DATE          NOT NULL,
  display_until  DATE          NOT NULL,
  notice_id      BIGINT,
  status         VARCHAR(10)   NOT NULL,
  version        INT           NOT NULL,
  CONSTRAINT uq_display_ref UNIQUE (programme, ref_id)
);
CREATE INDEX ix_display_status ON public_display (status, display_from);
INSERT INTO public_display (programme, ref_id, title, display_from, display_until, notice_id, status, version)
  SELECT 'AWARD', id, name, display_from, display_until, display_notice_id,
         CASE WHEN stage = 'DISPLAY' THEN 'RUNNING' ELSE 'CLOSED' END, 0
  FROM campaign WHERE display_from IS NOT NULL ORDER BY id;

CREATE TABLE display_entry (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  display_id       BIGINT        NOT NULL,
  ref_id           BIGINT        NOT NULL,
  rank_no          INT           NOT NULL,
  enterprise_id    BIGINT        NOT NULL,
  enterprise_name  VARCHAR(200)  NOT NULL,
  subject_name     VARCHAR(200)  NOT NULL,
  proposed_level   VARCHAR(20),
  level            VARCHAR(20),
  removed_for      VARCHAR(12),
  version          INT           NOT NULL,
  CONSTRAINT uq_display_entry UNIQUE (display_id, ref_id),
  CONSTRAINT fk_display_entry_display FOREIGN KEY (display_id) REFERENCES public_display (id)
);
INSERT INTO display_entry (display_id, ref_id, rank_no, enterprise_id, enterprise_name, subject_name, proposed_level, level,
                           removed_for, version)
  SELECT d.id, s.application_id, s.rank_no, a.enterprise_id, e.name, COALESCE(a.model_name, ''),
         CASE WHEN v.outcome IN ('AWARD', 'NOMINATION') THEN v.outcome END,
         CASE WHEN v.removed_for IS NULL AND v.final_outcome IN ('AWARD', 'NOMINATION') THEN v.final_outcome END,
         v.removed_for, 0
  FROM award_shortlist s
  JOIN public_display d ON d.programme = 'AWARD' AND d.ref_id = s.campaign_id
  JOIN award_application a ON a.id = s.application_id
  JOIN enterprise e ON e.id = a.enterprise_id
  LEFT JOIN award_vote_count v ON v.application_id = s.application_id
  ORDER BY d.id, s.rank_no;

-- The display's notice now links to the display page of publication.
UPDATE notice SET link = (SELECT CONCAT('/public/display?id=', d.id) FROM public_display d WHERE d.notice_id = notice.id)
  WHERE id IN (SELECT notice_id FROM public_display WHERE notice_id IS NOT NULL);
ALTER TABLE campaign DROP COLUMN display_from;
ALTER TABLE campaign DROP COLUMN display_until;
ALTER TABLE campaign DROP COLUMN display_notice_id;

-- The committee's vote counts keep its own decision; what became of it on display is the display's.
ALTER TABLE award_vote_count DROP COLUMN final_outcome;
ALTER TABLE award_vote_count DROP COLUMN removed_for;

-- 3. Objections belong to a display and one of its entries, and keep the objector's language for the mails.
ALTER TABLE award_objection RENAME TO objection;
ALTER TABLE objection ADD COLUMN display_id BIGINT;
ALTER TABLE objection ADD COLUMN entry_id BIGINT;
ALTER TABLE objection ADD COLUMN objector_language VARCHAR(10) NOT NULL DEFAULT 'zh-CN';
UPDATE objection SET display_id = (SELECT d.id FROM public_display d WHERE d.programme = 'AWARD' AND d.ref_id = objection.campaign_id);
UPDATE objection SET entry_id = (SELECT x.id FROM display_entry x WHERE x.display_id = objection.display_id
                                 AND x.ref_id = objection.application_id);
ALTER TABLE objection DROP FOREIGN KEY fk_objection_campaign;
ALTER TABLE objection DROP FOREIGN KEY fk_objection_application;
DROP INDEX ix_objection_campaign ON objection;
ALTER TABLE objection DROP COLUMN campaign_id;
ALTER TABLE objection DROP COLUMN application_id;
ALTER TABLE objection MODIFY display_id BIGINT NOT NULL;
ALTER TABLE objection MODIFY entry_id BIGINT NOT NULL;
ALTER TABLE objection ADD CONSTRAINT fk_objection_display FOREIGN KEY (display_id) REFERENCES public_display (id);
ALTER TABLE objection ADD CONSTRAINT fk_objection_entry FOREIGN KEY (entry_id) REFERENCES display_entry (id);
CREATE INDEX ix_objection_display ON objection (display_id, status);
UPDATE attachment SET owner_type = 'objection' WHERE owner_type = 'award-objection';

-- 4. Titles of every programme, valid from their publication; the award's do not lapse. A title imported from before
--    the portal has no campaign or application, so those references are no longer required.
ALTER TABLE award_title RENAME TO title;
ALTER TABLE title ADD COLUMN programme VARCHAR(20) NOT NULL DEFAULT 'AWARD';
ALTER TABLE title RENAME COLUMN model_name TO subject_name;
ALTER TABLE title RENAME COLUMN award_year TO title_year;
ALTER TABLE title ADD COLUMN valid_from DATE;
ALTER TABLE title ADD COLUMN valid_until DATE;
UPDATE title SET valid_from = published_on;
ALTER TABLE title MODIFY valid_from DATE NOT NULL;
ALTER TABLE title DROP FOREIGN KEY fk_title_campaign;
ALTER TABLE title DROP FOREIGN KEY fk_title_application;
ALTER TABLE title MODIFY campaign_id BIGINT NULL;
ALTER TABLE title MODIFY application_id BIGINT NULL;
DROP INDEX ix_title_year ON title;
CREATE INDEX ix_title_directory ON title (programme, title_year, level, serial);
CREATE INDEX ix_title_validity ON title (status, valid_until);
ALTER TABLE award_revocation_case RENAME TO revocation_case;

-- 5. Applications of every programme put a subject forward; several per enterprise where a programme takes several.
ALTER TABLE award_application RENAME TO application;
ALTER TABLE application RENAME COLUMN model_name TO subject_name;
ALTER TABLE application RENAME COLUMN model_description TO subject_description;
CREATE INDEX ix_application_campaign ON application (campaign_id, enterprise_id);
ALTER TABLE application DROP INDEX uq_application_enterprise;
ALTER TABLE award_narrative RENAME TO application_section;
ALTER TABLE application_section RENAME COLUMN category_code TO section_code;
UPDATE attachment SET owner_type = 'application' WHERE owner_type = 'award-application';
UPDATE attachment SET owner_type = 'recommendation-letter' WHERE owner_type = 'award-recommendation';
UPDATE review_entry SET source_type = 'application' WHERE source_type = 'award-application';

-- 6. The checklist keeps the message key and arguments of each automatic result, shown in the reader's language; rows
--    from before keep the Chinese text they were written with.
ALTER TABLE award_eligibility RENAME TO eligibility_item;
ALTER TABLE eligibility_item ADD COLUMN auto_key VARCHAR(100);
ALTER TABLE eligibility_item ADD COLUMN auto_args VARCHAR(2000);

-- 7. An award application's self-scores become a self-assessment of its enterprise on the campaign's rubric (a draft,
--    named after the campaign), which the application names.
CREATE TABLE award_self_assessment (
  application_id      BIGINT  NOT NULL PRIMARY KEY,
  self_assessment_id  BIGINT  NOT NULL,
  version             INT     NOT NULL,
  CONSTRAINT fk_award_self_assessment_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_award_self_assessment_assessment FOREIGN KEY (self_assessment_id) REFERENCES self_assessment (id)
);
ALTER TABLE self_assessment ADD COLUMN from_application BIGINT;
INSERT INTO self_assessment (enterprise_id, rubric_version_id, label, status, total_tenths, created_by, created_at, updated_at,
                             finished_at, version, from_application)
  SELECT a.enterprise_id, c.rubric_version_id, c.name, 'DRAFT', NULL, a.created_by, a.created_at, a.updated_at, NULL, 0, a.id
  FROM application a JOIN campaign c ON c.id = a.campaign_id
  WHERE EXISTS (SELECT 1 FROM award_self_score s WHERE s.application_id = a.id AND s.percent IS NOT NULL)
  ORDER BY a.id;
INSERT INTO self_assessment_item (assessment_id, item_code, percent, note, version)
  SELECT sa.id, s.item_code, s.percent, NULL, 0
  FROM award_self_score s JOIN self_assessment sa ON sa.from_application = s.application_id
  ORDER BY sa.id, s.id;
INSERT INTO award_self_assessment (application_id, self_assessment_id, version)
  SELECT from_application, id, 0 FROM self_assessment WHERE from_application IS NOT NULL ORDER BY id;
ALTER TABLE self_assessment DROP COLUMN from_application;
DROP TABLE award_self_score;

-- 8. Credit-file lines of titles: one kind for every programme, naming the title's level in the reader's language.
ALTER TABLE credit_event ADD COLUMN label_key VARCHAR(100);
UPDATE credit_event SET kind = 'TITLE_AWARDED', label_key = 'title.level.AWARD', ref_type = 'title' WHERE kind = 'AWARD_WON';
UPDATE credit_event SET kind = 'TITLE_AWARDED', label_key = 'title.level.NOMINATION', ref_type = 'title'
  WHERE kind = 'AWARD_NOMINATED';
UPDATE credit_event SET kind = 'TITLE_REVOKED', ref_type = 'title',
    label_key = (SELECT CONCAT('title.level.', t.level) FROM title t WHERE t.id = credit_event.ref_id)
  WHERE kind = 'AWARD_REVOKED';

-- 9. Notices carry their texts in English too, written from the bundle with the Chinese ones; older notices have
--    Chinese only, which English readers then see.
ALTER TABLE notice ADD COLUMN title_en VARCHAR(300);
ALTER TABLE notice ADD COLUMN body_en TEXT;

-- 10. The quality-benchmark selection, a second programme on the workflow: its own settings of a campaign.
CREATE TABLE pacesetter_settings (
  campaign_id     BIGINT  NOT NULL PRIMARY KEY,
  places          INT     NOT NULL,
  pass_percent    INT     NOT NULL,
  validity_years  INT     NOT NULL,
  practice_years  INT     NOT NULL,
  version         INT     NOT NULL,
  CONSTRAINT fk_pacesetter_settings_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
