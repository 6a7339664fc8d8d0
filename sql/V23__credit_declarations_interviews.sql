-- What an enterprise declares in public in its credit file: quality commitments (质量承诺) and the standards it
-- applies, self-declared (企业标准自我声明公开). The enterprise records and withdraws them; officials may mark one
-- as breached, with the reason.
CREATE TABLE credit_declaration (
  id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enterprise_id     BIGINT         NOT NULL,
  credit_code       CHAR(18)       NOT NULL,
  kind              VARCHAR(12)    NOT NULL,
  title             VARCHAR(200)   NOT NULL,
  content           TEXT           NOT NULL,
  standard_no       VARCHAR(60),
  link              VARCHAR(500),
  declared_on       DATE           NOT NULL,
  status            VARCHAR(10)    NOT NULL,
  ended_on          DATE,
  breach_reason     VARCHAR(1000),
  ended_by          VARCHAR(100),
  created_by        VARCHAR(100)   NOT NULL,
  created_at        DATETIME(6)    NOT NULL,
  version           INT            NOT NULL,
  CONSTRAINT fk_credit_declaration_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_credit_declaration_code ON credit_declaration (credit_code, status);

-- Quality-safety interviews (约谈) the bureau held with an enterprise: when, why, who attended, what it must do, and
-- what followed. The enterprise sees them in its credit file.
CREATE TABLE credit_interview (
  id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enterprise_id     BIGINT         NOT NULL,
  credit_code       CHAR(18)       NOT NULL,
  held_on           DATE           NOT NULL,
  reason            VARCHAR(1000)  NOT NULL,
  attendees         VARCHAR(1000)  NOT NULL,
  required_actions  TEXT           NOT NULL,
  follow_up         TEXT,
  followed_up_on    DATE,
  created_by        VARCHAR(100)   NOT NULL,
  created_at        DATETIME(6)    NOT NULL,
  version           INT            NOT NULL,
  CONSTRAINT fk_credit_interview_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_credit_interview_code ON credit_interview (credit_code, held_on);
