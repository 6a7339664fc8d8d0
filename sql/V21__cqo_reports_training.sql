-- The yearly work report of an enterprise's chief quality officer: one per enterprise and year reported on, drafted and
-- then submitted; and the reminders sent for a year's report (each level once per enterprise and year, so every
-- instance of a cluster may run the reminder job).
CREATE TABLE cqo_report (
  id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enterprise_id         BIGINT         NOT NULL,
  filing_id             BIGINT         NOT NULL,
  report_year           INT            NOT NULL,
  status                VARCHAR(10)    NOT NULL,
  goals_results         TEXT           NOT NULL,
  improvement_projects  TEXT           NOT NULL,
  complaints            TEXT           NOT NULL,
  training              TEXT           NOT NULL,
  veto_use              TEXT           NOT NULL,
  veto_count            INT            NOT NULL,
  submitted_at          DATETIME(6),
  submitted_by          VARCHAR(100),
  updated_at            DATETIME(6)    NOT NULL,
  version               INT            NOT NULL,
  CONSTRAINT uq_cqo_report UNIQUE (enterprise_id, report_year),
  CONSTRAINT fk_cqo_report_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_cqo_report_filing FOREIGN KEY (filing_id) REFERENCES cqo_filing (id)
);
CREATE INDEX ix_cqo_report_year ON cqo_report (report_year, status);

CREATE TABLE cqo_report_reminder (
  id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enterprise_id  BIGINT         NOT NULL,
  report_year    INT            NOT NULL,
  level_no       INT            NOT NULL,
  sent_on        DATE           NOT NULL,
  CONSTRAINT uq_cqo_report_reminder UNIQUE (enterprise_id, report_year, level_no),
  CONSTRAINT fk_cqo_reminder_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);

-- Completions of CQO training from training bodies' lists, matched to filings by the keyed hash of the identity
-- number (never the number itself); the name is kept masked.
CREATE TABLE cqo_training (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  id_kind         VARCHAR(20)    NOT NULL,
  id_hash         CHAR(64)       NOT NULL,
  masked_name     VARCHAR(30)    NOT NULL,
  certificate_no  VARCHAR(60)    NOT NULL,
  completed_on    DATE           NOT NULL,
  training_body   VARCHAR(200)   NOT NULL,
  file_name       VARCHAR(200)   NOT NULL,
  imported_at     DATETIME(6)    NOT NULL,
  imported_by     VARCHAR(100)   NOT NULL,
  CONSTRAINT uq_cqo_training UNIQUE (id_hash, certificate_no)
);
CREATE INDEX ix_cqo_training_hash ON cqo_training (id_hash);
