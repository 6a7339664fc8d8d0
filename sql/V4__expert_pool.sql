-- The expert pool: a profile per expert account, and conflicts of interest between experts and enterprises.
CREATE TABLE expert_profile (
  user_id            BIGINT        NOT NULL PRIMARY KEY,
  organisation       VARCHAR(200)  NOT NULL,
  organisation_code  CHAR(18),
  title              VARCHAR(100)  NOT NULL,
  industries         VARCHAR(100)  NOT NULL,
  categories         VARCHAR(300)  NOT NULL,
  district_code      CHAR(6),
  available          BOOLEAN       NOT NULL,
  max_load           INT           NOT NULL,
  version            INT           NOT NULL,
  CONSTRAINT fk_expert_profile_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_expert_profile_org ON expert_profile (organisation_code);

-- Declared by the expert or found by the portal; never deleted, an official may end one with a reason.
CREATE TABLE expert_conflict (
  id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  expert_user_id   BIGINT         NOT NULL,
  credit_code      CHAR(18)       NOT NULL,
  enterprise_name  VARCHAR(200)   NOT NULL,
  kind             VARCHAR(30)    NOT NULL,
  note             VARCHAR(1000),
  declared_at      DATETIME(6)    NOT NULL,
  declared_by      VARCHAR(64)    NOT NULL,
  ended_at         DATETIME(6),
  end_reason       VARCHAR(1000),
  version          INT            NOT NULL,
  CONSTRAINT fk_expert_conflict_user FOREIGN KEY (expert_user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_expert_conflict_expert ON expert_conflict (expert_user_id);
CREATE INDEX ix_expert_conflict_code ON expert_conflict (credit_code);
