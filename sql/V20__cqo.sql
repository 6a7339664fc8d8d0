-- Chief quality officers (首席质量官): the qualification rules as versioned data, the enterprise's filing of its CQO
-- with the bureau's rounds of checking, the quality team filed with it, and the timeline of every change. The identity
-- number is never stored in clear: id_sealed holds it encrypted (AES-256-GCM, key from configuration), id_hash a keyed
-- hash for matching, id_masked what pages show.

-- 1. Qualification rules: each official's edit is a new set; a filing keeps the set it was checked under.
CREATE TABLE cqo_rule_set (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version_no   INT           NOT NULL,
  note         VARCHAR(500)  NOT NULL,
  created_by   VARCHAR(100)  NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  CONSTRAINT uq_cqo_rule_set_version UNIQUE (version_no)
);

CREATE TABLE cqo_rule (
  rule_set_id        BIGINT        NOT NULL,
  size_class         VARCHAR(10)   NOT NULL,
  min_education      VARCHAR(24)   NOT NULL,
  min_years          INT           NOT NULL,
  training_required  BOOLEAN       NOT NULL,
  PRIMARY KEY (rule_set_id, size_class),
  CONSTRAINT fk_cqo_rule_set FOREIGN KEY (rule_set_id) REFERENCES cqo_rule_set (id)
);

INSERT INTO cqo_rule_set (version_no, note, created_by, created_at)
  VALUES (1, '默认条件：大型、中型企业本科及以上学历，从事质量工作满5年；小型、微型企业中专及以上学历，满3年；均须完成首席质量官培训', 'system', CURRENT_TIMESTAMP);
INSERT INTO cqo_rule (rule_set_id, size_class, min_education, min_years, training_required)
  SELECT id, 'LARGE', 'BACHELOR', 5, TRUE FROM cqo_rule_set WHERE version_no = 1;
INSERT INTO cqo_rule (rule_set_id, size_class, min_education, min_years, training_required)
  SELECT id, 'MEDIUM', 'BACHELOR', 5, TRUE FROM cqo_rule_set WHERE version_no = 1;
INSERT INTO cqo_rule (rule_set_id, size_class, min_education, min_years, training_required)
  SELECT id, 'SMALL', 'SECONDARY_TECHNICAL', 3, TRUE FROM cqo_rule_set WHERE version_no = 1;
INSERT INTO cqo_rule (rule_set_id, size_class, min_education, min_years, training_required)
  SELECT id, 'MICRO', 'SECONDARY_TECHNICAL', 3, TRUE FROM cqo_rule_set WHERE version_no = 1;

-- 2. Filings. status: FILED (awaiting the bureau), RETURNED (to the enterprise, with reasons), REGISTERED, ENDED,
--    WITHDRAWN. While registered, active_enterprise_id and active_person_hash are set: their unique keys hold one
--    registered CQO per enterprise and one enterprise per registered person. end_kind: REPLACED, TRANSFERRED,
--    CANCELLED (by_bureau says who cancelled).
CREATE TABLE cqo_filing (
  id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enterprise_id         BIGINT         NOT NULL,
  status                VARCHAR(12)    NOT NULL,
  round_no              INT            NOT NULL,
  person_name           VARCHAR(100)   NOT NULL,
  id_kind               VARCHAR(20)    NOT NULL,
  id_sealed             VARCHAR(200)   NOT NULL,
  id_hash               CHAR(64)       NOT NULL,
  id_masked             VARCHAR(30)    NOT NULL,
  education             VARCHAR(24)    NOT NULL,
  professional_title    VARCHAR(100)   NOT NULL,
  position_title        VARCHAR(100)   NOT NULL,
  reports_to            VARCHAR(100)   NOT NULL,
  years_quality         INT            NOT NULL,
  training_certificate  VARCHAR(60),
  appointed_on          DATE           NOT NULL,
  duties                VARCHAR(2000)  NOT NULL,
  letter_id             BIGINT,
  rule_set_id           BIGINT         NOT NULL,
  rule_met              BOOLEAN        NOT NULL,
  rule_shortfalls       VARCHAR(500)   NOT NULL,
  replaces_filing_id    BIGINT,
  transfer_from_id      BIGINT,
  registry_year         INT,
  registry_district     CHAR(2),
  registry_seq          INT,
  registry_number       VARCHAR(24),
  registered_on         DATE,
  active_enterprise_id  BIGINT,
  active_person_hash    CHAR(64),
  ended_on              DATE,
  end_kind              VARCHAR(12),
  end_by_bureau         BOOLEAN,
  end_reason            VARCHAR(500),
  succeeded_by_id       BIGINT,
  filed_at              DATETIME(6)    NOT NULL,
  updated_at            DATETIME(6)    NOT NULL,
  version               INT            NOT NULL,
  CONSTRAINT uq_cqo_registry_number UNIQUE (registry_number),
  CONSTRAINT uq_cqo_registry_seq UNIQUE (registry_year, registry_district, registry_seq),
  CONSTRAINT uq_cqo_active_enterprise UNIQUE (active_enterprise_id),
  CONSTRAINT uq_cqo_active_person UNIQUE (active_person_hash),
  CONSTRAINT fk_cqo_filing_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_cqo_filing_rules FOREIGN KEY (rule_set_id) REFERENCES cqo_rule_set (id)
);
CREATE INDEX ix_cqo_filing_enterprise ON cqo_filing (enterprise_id, id);
CREATE INDEX ix_cqo_filing_status ON cqo_filing (status, filed_at);
CREATE INDEX ix_cqo_filing_hash ON cqo_filing (id_hash);
CREATE INDEX ix_cqo_filing_registered ON cqo_filing (status, registered_on);

-- 3. Each submission is a round: what was submitted (as text, the identity number masked), the rule outcome then, and
--    the bureau's decision with its reasons. Earlier rounds stay as they were.
CREATE TABLE cqo_round (
  id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  filing_id        BIGINT         NOT NULL,
  round_no         INT            NOT NULL,
  submitted_at     DATETIME(6)    NOT NULL,
  submitted_by     VARCHAR(100)   NOT NULL,
  snapshot         TEXT           NOT NULL,
  letter_id        BIGINT,
  rule_set_id      BIGINT         NOT NULL,
  rule_met         BOOLEAN        NOT NULL,
  rule_shortfalls  VARCHAR(500)   NOT NULL,
  decision         VARCHAR(10),
  decided_at       DATETIME(6),
  decided_by       VARCHAR(100),
  reasons          VARCHAR(2000),
  CONSTRAINT uq_cqo_round UNIQUE (filing_id, round_no),
  CONSTRAINT fk_cqo_round_filing FOREIGN KEY (filing_id) REFERENCES cqo_filing (id)
);

-- 4. The quality team filed with the CQO (quality managers, quality engineers, skilled quality technicians).
CREATE TABLE cqo_team_member (
  id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  filing_id      BIGINT         NOT NULL,
  position_no    INT            NOT NULL,
  member_name    VARCHAR(100)   NOT NULL,
  member_role    VARCHAR(24)    NOT NULL,
  qualification  VARCHAR(200)   NOT NULL,
  CONSTRAINT fk_cqo_team_filing FOREIGN KEY (filing_id) REFERENCES cqo_filing (id)
);
CREATE INDEX ix_cqo_team_filing ON cqo_team_member (filing_id, position_no);

-- 5. The timeline: every state and change of a filing, with who and what changed (before and after).
CREATE TABLE cqo_event (
  id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  filing_id    BIGINT         NOT NULL,
  occurred_at  DATETIME(6)    NOT NULL,
  kind         VARCHAR(24)    NOT NULL,
  actor        VARCHAR(100)   NOT NULL,
  detail       VARCHAR(2000)  NOT NULL,
  CONSTRAINT fk_cqo_event_filing FOREIGN KEY (filing_id) REFERENCES cqo_filing (id)
);
CREATE INDEX ix_cqo_event_filing ON cqo_event (filing_id, occurred_at);
