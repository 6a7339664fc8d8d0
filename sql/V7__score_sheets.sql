-- Score sheets: one per seat. Per rubric item a percentage in steps of 5, strengths and opportunities for
-- improvement. Drafts are saved as the expert works; submitting locks the sheet; an official may reopen it.
CREATE TABLE score_sheet (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  assignment_id   BIGINT       NOT NULL,
  round_id        BIGINT       NOT NULL,
  entry_id        BIGINT       NOT NULL,
  expert_user_id  BIGINT       NOT NULL,
  status          VARCHAR(12)  NOT NULL,
  total_tenths    INT,
  submitted_at    DATETIME(6),
  updated_at      DATETIME(6)  NOT NULL,
  version         INT          NOT NULL,
  CONSTRAINT uq_sheet_assignment UNIQUE (assignment_id),
  CONSTRAINT fk_sheet_assignment FOREIGN KEY (assignment_id) REFERENCES review_assignment (id)
);
CREATE INDEX ix_sheet_round ON score_sheet (round_id, entry_id);

CREATE TABLE score_item (
  id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sheet_id       BIGINT         NOT NULL,
  item_code      VARCHAR(20)    NOT NULL,
  percent        INT,
  strengths      VARCHAR(2000),
  opportunities  VARCHAR(2000),
  version        INT            NOT NULL,
  CONSTRAINT uq_score_item UNIQUE (sheet_id, item_code),
  CONSTRAINT fk_score_item_sheet FOREIGN KEY (sheet_id) REFERENCES score_sheet (id)
);
