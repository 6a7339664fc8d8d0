-- Periodic reports (定期报送): a report officials define (its fields, period, who files it, how many days after the
-- period's end it is due), the filings of each period by each filer with their figures, and the reminders sent to
-- late filers (one per report, period and filer). A field may feed a city target: each filing records the target's
-- figure as the sum of that period's filings.
CREATE TABLE periodic_report (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name_zh       VARCHAR(200)  NOT NULL,
  name_en       VARCHAR(200)  NOT NULL,
  period_kind   VARCHAR(10)   NOT NULL,
  due_days      INT           NOT NULL,
  first_period  VARCHAR(10)   NOT NULL,
  active        BOOLEAN       NOT NULL,
  created_by    VARCHAR(100)  NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  version       INT           NOT NULL
);

CREATE TABLE periodic_report_field (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_id   BIGINT        NOT NULL,
  position    INT           NOT NULL,
  label_zh    VARCHAR(100)  NOT NULL,
  label_en    VARCHAR(100)  NOT NULL,
  unit        VARCHAR(20),
  target_id   BIGINT,
  CONSTRAINT fk_report_field_report FOREIGN KEY (report_id) REFERENCES periodic_report (id),
  CONSTRAINT fk_report_field_target FOREIGN KEY (target_id) REFERENCES city_target (id)
);
CREATE INDEX ix_report_field ON periodic_report_field (report_id, position);

CREATE TABLE periodic_report_filer (
  id         BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_id  BIGINT  NOT NULL,
  user_id    BIGINT  NOT NULL,
  CONSTRAINT uq_report_filer UNIQUE (report_id, user_id),
  CONSTRAINT fk_report_filer_report FOREIGN KEY (report_id) REFERENCES periodic_report (id),
  CONSTRAINT fk_report_filer_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_report_filer_user ON periodic_report_filer (user_id);

CREATE TABLE periodic_filing (
  id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_id      BIGINT         NOT NULL,
  period_key     VARCHAR(10)    NOT NULL,
  filer_user_id  BIGINT         NOT NULL,
  note           VARCHAR(1000),
  submitted_at   DATETIME(6)    NOT NULL,
  version        INT            NOT NULL,
  CONSTRAINT uq_periodic_filing UNIQUE (report_id, period_key, filer_user_id),
  CONSTRAINT fk_periodic_filing_report FOREIGN KEY (report_id) REFERENCES periodic_report (id),
  CONSTRAINT fk_periodic_filing_user FOREIGN KEY (filer_user_id) REFERENCES user_account (id)
);

CREATE TABLE periodic_filing_value (
  id         BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  filing_id  BIGINT         NOT NULL,
  field_id   BIGINT         NOT NULL,
  figure     DECIMAL(14,2)  NOT NULL,
  CONSTRAINT uq_filing_value UNIQUE (filing_id, field_id),
  CONSTRAINT fk_filing_value_filing FOREIGN KEY (filing_id) REFERENCES periodic_filing (id),
  CONSTRAINT fk_filing_value_field FOREIGN KEY (field_id) REFERENCES periodic_report_field (id)
);

CREATE TABLE periodic_reminder (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_id   BIGINT        NOT NULL,
  period_key  VARCHAR(10)   NOT NULL,
  user_id     BIGINT        NOT NULL,
  sent_on     DATE          NOT NULL,
  CONSTRAINT uq_periodic_reminder UNIQUE (report_id, period_key, user_id)
);
