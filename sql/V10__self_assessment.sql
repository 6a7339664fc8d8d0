-- Self-assessment: any registered enterprise scores itself on a rubric, outside any campaign, and keeps the history.
-- One row per assessment (pinned to a frozen rubric version), one row per rubric item with the percentage the
-- enterprise gave itself (steps of 5, empty until scored) and its own note. A finished assessment no longer changes.
CREATE TABLE self_assessment (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enterprise_id      BIGINT        NOT NULL,
  rubric_version_id  BIGINT        NOT NULL,
  label              VARCHAR(200),
  status             VARCHAR(12)   NOT NULL,
  total_tenths       INT,
  created_by         VARCHAR(64)   NOT NULL,
  created_at         DATETIME(6)   NOT NULL,
  updated_at         DATETIME(6)   NOT NULL,
  finished_at        DATETIME(6),
  version            INT           NOT NULL,
  CONSTRAINT fk_self_assessment_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_self_assessment_rubric FOREIGN KEY (rubric_version_id) REFERENCES rubric_version (id)
);
CREATE INDEX ix_self_assessment_enterprise ON self_assessment (enterprise_id, created_at);

CREATE TABLE self_assessment_item (
  id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  assessment_id  BIGINT         NOT NULL,
  item_code      VARCHAR(20)    NOT NULL,
  percent        INT,
  note           VARCHAR(2000),
  version        INT            NOT NULL,
  CONSTRAINT uq_self_assessment_item UNIQUE (assessment_id, item_code),
  CONSTRAINT fk_self_assessment_item FOREIGN KEY (assessment_id) REFERENCES self_assessment (id)
);
