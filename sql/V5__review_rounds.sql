-- Review rounds: a programme (award, brand) puts its entries into a round with a frozen rubric version; panels of
-- experts are assigned by the solver, by a seeded random draw, or by hand. Nothing is deleted: an assignment that
-- is taken back is marked withdrawn with its reason.
CREATE TABLE review_round (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  programme           VARCHAR(20)   NOT NULL,
  title               VARCHAR(200)  NOT NULL,
  rubric_version_id   BIGINT        NOT NULL,
  panel_size          INT           NOT NULL,
  stage               VARCHAR(20)   NOT NULL,
  draw_seed           BIGINT,
  created_by          VARCHAR(64)   NOT NULL,
  created_at          DATETIME(6)   NOT NULL,
  version             INT           NOT NULL,
  CONSTRAINT fk_round_rubric FOREIGN KEY (rubric_version_id) REFERENCES rubric_version (id)
);

CREATE TABLE review_entry (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  round_id       BIGINT        NOT NULL,
  enterprise_id  BIGINT        NOT NULL,
  title          VARCHAR(300)  NOT NULL,
  industry       CHAR(1)       NOT NULL,
  source_type    VARCHAR(40)   NOT NULL,
  source_id      BIGINT,
  submitted_at   DATETIME(6)   NOT NULL,
  version        INT           NOT NULL,
  CONSTRAINT fk_entry_round FOREIGN KEY (round_id) REFERENCES review_round (id),
  CONSTRAINT fk_entry_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_entry_round ON review_entry (round_id);

CREATE TABLE review_assignment (
  id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  round_id         BIGINT         NOT NULL,
  entry_id         BIGINT         NOT NULL,
  expert_user_id   BIGINT         NOT NULL,
  method           VARCHAR(10)    NOT NULL,
  assigned_by      VARCHAR(64)    NOT NULL,
  assigned_at      DATETIME(6)    NOT NULL,
  withdrawn_at     DATETIME(6),
  withdrawn_reason VARCHAR(1000),
  version          INT            NOT NULL,
  CONSTRAINT fk_assignment_round FOREIGN KEY (round_id) REFERENCES review_round (id),
  CONSTRAINT fk_assignment_entry FOREIGN KEY (entry_id) REFERENCES review_entry (id),
  CONSTRAINT fk_assignment_expert FOREIGN KEY (expert_user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_assignment_round ON review_assignment (round_id, withdrawn_at);
CREATE INDEX ix_assignment_expert ON review_assignment (expert_user_id, withdrawn_at);
