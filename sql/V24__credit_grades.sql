-- Credit grades (质量信用分级分类). The rules are versioned data an official edits: a version's base score and the
-- thresholds of grades A and B, and per factor the points, the months a timed fact counts and the cap of the factor's
-- total. A version is never changed once saved. The first version is published with the portal.
CREATE TABLE credit_grade_rule_set (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version_no   INT           NOT NULL,
  base_score   INT           NOT NULL,
  a_threshold  INT           NOT NULL,
  b_threshold  INT           NOT NULL,
  note         VARCHAR(500)  NOT NULL,
  created_by   VARCHAR(100)  NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  CONSTRAINT uq_credit_grade_rule_set UNIQUE (version_no)
);

CREATE TABLE credit_grade_rule (
  rule_set_id  BIGINT        NOT NULL,
  factor       VARCHAR(24)   NOT NULL,
  points       INT           NOT NULL,
  months       INT           NOT NULL,
  cap          INT           NOT NULL,
  PRIMARY KEY (rule_set_id, factor),
  CONSTRAINT fk_credit_grade_rule_set FOREIGN KEY (rule_set_id) REFERENCES credit_grade_rule_set (id)
);

INSERT INTO credit_grade_rule_set (version_no, base_score, a_threshold, b_threshold, note, created_by, created_at)
  VALUES (1, 75, 90, 70, '首版规则：基础分75分，90分及以上为A级，70分及以上为B级，以下为C级；严重失信名单执行期间为D级', 'system', CURRENT_TIMESTAMP);
INSERT INTO credit_grade_rule (rule_set_id, factor, points, months, cap) SELECT id, 'LISTED', 0, 0, 0 FROM credit_grade_rule_set WHERE version_no = 1;
INSERT INTO credit_grade_rule (rule_set_id, factor, points, months, cap) SELECT id, 'LISTING_ENDED', -30, 24, 30 FROM credit_grade_rule_set WHERE version_no = 1;
INSERT INTO credit_grade_rule (rule_set_id, factor, points, months, cap) SELECT id, 'SPOT_CHECK_FAILED', -10, 24, 30 FROM credit_grade_rule_set WHERE version_no = 1;
INSERT INTO credit_grade_rule (rule_set_id, factor, points, months, cap) SELECT id, 'SPOT_CHECK_OVERDUE', -15, 0, 30 FROM credit_grade_rule_set WHERE version_no = 1;
INSERT INTO credit_grade_rule (rule_set_id, factor, points, months, cap) SELECT id, 'DECLARATION_BREACHED', -15, 24, 30 FROM credit_grade_rule_set WHERE version_no = 1;
INSERT INTO credit_grade_rule (rule_set_id, factor, points, months, cap) SELECT id, 'INTERVIEW', -5, 12, 10 FROM credit_grade_rule_set WHERE version_no = 1;
INSERT INTO credit_grade_rule (rule_set_id, factor, points, months, cap) SELECT id, 'SPOT_CHECK_PASSED', 3, 36, 9 FROM credit_grade_rule_set WHERE version_no = 1;
INSERT INTO credit_grade_rule (rule_set_id, factor, points, months, cap) SELECT id, 'HONOUR_HELD', 10, 0, 10 FROM credit_grade_rule_set WHERE version_no = 1;
INSERT INTO credit_grade_rule (rule_set_id, factor, points, months, cap) SELECT id, 'CQO_REGISTERED', 5, 0, 5 FROM credit_grade_rule_set WHERE version_no = 1;
INSERT INTO credit_grade_rule (rule_set_id, factor, points, months, cap) SELECT id, 'COMMITMENT_STANDING', 3, 0, 3 FROM credit_grade_rule_set WHERE version_no = 1;
INSERT INTO credit_grade_rule (rule_set_id, factor, points, months, cap) SELECT id, 'STANDARD_DECLARED', 3, 0, 3 FROM credit_grade_rule_set WHERE version_no = 1;

-- The grades computed, kept as history: a row when an enterprise's grade, score or reasons change. reasons holds one
-- line per reason: factor|points|day of the fact|last day it counts (empty: while it lasts)|what it is.
CREATE TABLE credit_grade (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  credit_code     CHAR(18)       NOT NULL,
  grade           CHAR(1)        NOT NULL,
  score           INT            NOT NULL,
  rules_version   INT            NOT NULL,
  reasons         TEXT           NOT NULL,
  computed_on     DATE           NOT NULL,
  computed_at     DATETIME(6)    NOT NULL
);
CREATE INDEX ix_credit_grade_code ON credit_grade (credit_code, id);

-- A campaign may ask for a minimum credit grade at eligibility (A, B or C); empty asks for none.
ALTER TABLE campaign ADD COLUMN min_credit_grade CHAR(1);
