-- The China Quality Award step (中国质量奖): for each national edition the bureau picks organisations (winners of the
-- Tianjin Quality Award) and people the award honours, writes each nominee's recommendation in sections, sends the
-- package and records the national outcome.
CREATE TABLE national_round (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  edition_no   INT           NOT NULL,
  round_year   INT           NOT NULL,
  deadline     DATE          NOT NULL,
  status       VARCHAR(12)   NOT NULL,
  sent_at      DATETIME(6),
  sent_by      VARCHAR(100),
  created_by   VARCHAR(100)  NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  version      INT           NOT NULL,
  CONSTRAINT uq_national_round_edition UNIQUE (edition_no)
);

CREATE TABLE national_nominee (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  round_id       BIGINT        NOT NULL,
  kind           VARCHAR(14)   NOT NULL,
  enterprise_id  BIGINT        NOT NULL,
  title_id       BIGINT,
  person_name    VARCHAR(100),
  person_role    VARCHAR(100),
  outcome        VARCHAR(14)   NOT NULL,
  outcome_on     DATE,
  outcome_note   VARCHAR(500),
  created_by     VARCHAR(100)  NOT NULL,
  created_at     DATETIME(6)   NOT NULL,
  version        INT           NOT NULL,
  CONSTRAINT fk_national_nominee_round FOREIGN KEY (round_id) REFERENCES national_round (id),
  CONSTRAINT fk_national_nominee_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_national_nominee_round ON national_nominee (round_id, kind);
CREATE INDEX ix_national_nominee_enterprise ON national_nominee (enterprise_id);

CREATE TABLE national_section (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  nominee_id  BIGINT        NOT NULL,
  position    INT           NOT NULL,
  heading     VARCHAR(200)  NOT NULL,
  body        MEDIUMTEXT    NOT NULL,
  CONSTRAINT fk_national_section_nominee FOREIGN KEY (nominee_id) REFERENCES national_nominee (id)
);
CREATE INDEX ix_national_section ON national_section (nominee_id, position);
