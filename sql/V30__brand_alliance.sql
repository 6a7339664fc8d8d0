-- The Tianjin brands' third-party evaluation and recognition alliance (第三方评价认定联盟): the member organisations
-- the bureau admits, each with its kind and accreditation, and may suspend (with the reason) or reinstate.
CREATE TABLE alliance_member (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name               VARCHAR(200)  NOT NULL,
  credit_code        VARCHAR(18)   NOT NULL,
  kind               VARCHAR(20)   NOT NULL,
  accreditation      VARCHAR(200)  NOT NULL,
  status             VARCHAR(12)   NOT NULL,
  admitted_on        DATE          NOT NULL,
  suspended_on       DATE,
  suspended_reason   VARCHAR(500),
  created_by         VARCHAR(100)  NOT NULL,
  created_at         DATETIME(6)   NOT NULL,
  version            INT           NOT NULL,
  CONSTRAINT uq_alliance_member_code UNIQUE (credit_code)
);
