-- Results of supervisory spot checks (监督抽查) in the quality credit file, imported from the inspection system's
-- export or entered by hand, keyed by the enterprise's credit code (an enterprise need not have an account). A failed
-- result carries its rectification: the enterprise's measures and evidence, the bureau's acceptance or return.
CREATE TABLE spot_check (
  id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  credit_code       CHAR(18)       NOT NULL,
  enterprise_name   VARCHAR(200)   NOT NULL,
  product           VARCHAR(200)   NOT NULL,
  batch             VARCHAR(100)   NOT NULL,
  checked_on        DATE           NOT NULL,
  passed            BOOLEAN        NOT NULL,
  failed_items      VARCHAR(1000),
  inspection_body   VARCHAR(200)   NOT NULL,
  rectify_by        DATE,
  status            VARCHAR(10)    NOT NULL,
  measures          TEXT,
  evidence_id       BIGINT,
  submitted_at      DATETIME(6),
  decided_at        DATETIME(6),
  decided_by        VARCHAR(100),
  return_reason     VARCHAR(1000),
  source_file       VARCHAR(200),
  created_by        VARCHAR(100)   NOT NULL,
  created_at        DATETIME(6)    NOT NULL,
  version           INT            NOT NULL,
  CONSTRAINT uq_spot_check UNIQUE (credit_code, product, batch, checked_on)
);
CREATE INDEX ix_spot_check_status ON spot_check (status, rectify_by);
CREATE INDEX ix_spot_check_checked ON spot_check (checked_on, passed);

-- What happened to a failure's rectification, in order: measures submitted, accepted, returned.
CREATE TABLE spot_check_step (
  id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  spot_check_id    BIGINT         NOT NULL,
  kind             VARCHAR(12)    NOT NULL,
  detail           VARCHAR(2000)  NOT NULL,
  evidence_id      BIGINT,
  actor            VARCHAR(100)   NOT NULL,
  occurred_at      DATETIME(6)    NOT NULL,
  CONSTRAINT fk_spot_check_step FOREIGN KEY (spot_check_id) REFERENCES spot_check (id)
);
CREATE INDEX ix_spot_check_step ON spot_check_step (spot_check_id, occurred_at);

-- Reminders of a rectification's deadline, each kind once per failure and deadline (every instance of a cluster may
-- run the reminder job; the unique key keeps a second run from sending anything twice).
CREATE TABLE spot_check_reminder (
  id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  spot_check_id    BIGINT         NOT NULL,
  kind             VARCHAR(10)    NOT NULL,
  deadline         DATE           NOT NULL,
  sent_on          DATE           NOT NULL,
  CONSTRAINT uq_spot_check_reminder UNIQUE (spot_check_id, kind, deadline),
  CONSTRAINT fk_spot_check_reminder FOREIGN KEY (spot_check_id) REFERENCES spot_check (id)
);
