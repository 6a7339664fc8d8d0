-- The award's last stages: public display (公示) of the committee's proposal, objections from the public, the city
-- government's approval, publication of the winners, titles with their certificates, and revocation cases.

-- EMPTY: a place freed by an upheld objection stays empty; NEXT: it goes to the next entry the committee carried.
ALTER TABLE award_campaign ADD COLUMN freed_place VARCHAR(8) NOT NULL DEFAULT 'EMPTY';
ALTER TABLE award_campaign ADD COLUMN display_from DATE;
ALTER TABLE award_campaign ADD COLUMN display_until DATE;
ALTER TABLE award_campaign ADD COLUMN display_notice_id BIGINT;
ALTER TABLE award_campaign ADD COLUMN approval_document VARCHAR(100);
ALTER TABLE award_campaign ADD COLUMN approval_date DATE;
ALTER TABLE award_campaign ADD COLUMN published_at DATETIME(6);
ALTER TABLE award_campaign ADD COLUMN announcement_notice_id BIGINT;

-- The proposal as it stands after objections and the last veto check; the committee's own decision stays as voted.
ALTER TABLE award_vote_count ADD COLUMN final_outcome VARCHAR(12);
ALTER TABLE award_vote_count ADD COLUMN removed_for VARCHAR(12);

-- A notice may point to the page it announces (the display list, the winners directory).
ALTER TABLE notice ADD COLUMN link VARCHAR(300);

CREATE TABLE award_objection (
  id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id      BIGINT         NOT NULL,
  application_id   BIGINT         NOT NULL,
  reference        VARCHAR(16)    NOT NULL,
  objector_name    VARCHAR(50)    NOT NULL,
  objector_phone   VARCHAR(30)    NOT NULL,
  objector_email   VARCHAR(200)   NOT NULL,
  grounds          TEXT           NOT NULL,
  status           VARCHAR(16)    NOT NULL,
  received_at      DATETIME(6)    NOT NULL,
  acknowledged_by  VARCHAR(64),
  acknowledged_at  DATETIME(6),
  investigation    VARCHAR(4000),
  decision_reason  VARCHAR(4000),
  decided_by       VARCHAR(64),
  decided_at       DATETIME(6),
  version          INT            NOT NULL,
  CONSTRAINT uq_objection_reference UNIQUE (reference),
  CONSTRAINT fk_objection_campaign FOREIGN KEY (campaign_id) REFERENCES award_campaign (id),
  CONSTRAINT fk_objection_application FOREIGN KEY (application_id) REFERENCES award_application (id)
);
CREATE INDEX ix_objection_campaign ON award_objection (campaign_id, status);

CREATE TABLE award_title (
  id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id        BIGINT         NOT NULL,
  application_id     BIGINT         NOT NULL,
  enterprise_id      BIGINT         NOT NULL,
  credit_code        VARCHAR(18)    NOT NULL,
  enterprise_name    VARCHAR(200)   NOT NULL,
  model_name         VARCHAR(200)   NOT NULL,
  level              VARCHAR(12)    NOT NULL,
  award_year         INT            NOT NULL,
  serial             VARCHAR(20)    NOT NULL,
  approval_document  VARCHAR(100)   NOT NULL,
  published_on       DATE           NOT NULL,
  status             VARCHAR(12)    NOT NULL,
  revoked_on         DATE,
  revoked_reason     VARCHAR(2000),
  version            INT            NOT NULL,
  CONSTRAINT uq_title_application UNIQUE (application_id),
  CONSTRAINT uq_title_serial UNIQUE (serial),
  CONSTRAINT fk_title_campaign FOREIGN KEY (campaign_id) REFERENCES award_campaign (id),
  CONSTRAINT fk_title_application FOREIGN KEY (application_id) REFERENCES award_application (id),
  CONSTRAINT fk_title_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_title_year ON award_title (award_year, level, id);
CREATE INDEX ix_title_code ON award_title (credit_code);
CREATE INDEX ix_title_name ON award_title (enterprise_name);

CREATE TABLE award_revocation_case (
  id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title_id             BIGINT         NOT NULL,
  origin               VARCHAR(12)    NOT NULL,
  dishonesty_entry_id  BIGINT,
  grounds              VARCHAR(2000)  NOT NULL,
  status               VARCHAR(12)    NOT NULL,
  opened_by            VARCHAR(64)    NOT NULL,
  opened_at            DATETIME(6)    NOT NULL,
  decision_reason      VARCHAR(2000),
  decided_by           VARCHAR(64),
  decided_at           DATETIME(6),
  version              INT            NOT NULL,
  CONSTRAINT fk_case_title FOREIGN KEY (title_id) REFERENCES award_title (id)
);
CREATE INDEX ix_case_status ON award_revocation_case (status, title_id);
