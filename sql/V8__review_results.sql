-- After scoring: a deadline with reminders, the consensus stage (chair, thread, revisions with reasons, the
-- chair's consensus score), the aggregation method locked per round, and the feedback report edited per
-- category and released to the applicant.
ALTER TABLE review_round ADD COLUMN deadline DATE;
ALTER TABLE review_round ADD COLUMN reminded_on DATE;
ALTER TABLE review_round ADD COLUMN method VARCHAR(12);
ALTER TABLE review_round ADD COLUMN locked_by VARCHAR(64);
ALTER TABLE review_round ADD COLUMN locked_at DATETIME(6);
ALTER TABLE review_round ADD COLUMN feedback_released_at DATETIME(6);

ALTER TABLE review_entry ADD COLUMN chair_user_id BIGINT;
ALTER TABLE review_entry ADD COLUMN consensus_tenths INT;
ALTER TABLE review_entry ADD COLUMN consensus_comments VARCHAR(4000);
ALTER TABLE review_entry ADD COLUMN consensus_at DATETIME(6);

CREATE TABLE consensus_post (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  entry_id        BIGINT         NOT NULL,
  author_user_id  BIGINT         NOT NULL,
  body            VARCHAR(4000)  NOT NULL,
  posted_at       DATETIME(6)    NOT NULL,
  CONSTRAINT fk_post_entry FOREIGN KEY (entry_id) REFERENCES review_entry (id),
  CONSTRAINT fk_post_author FOREIGN KEY (author_user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_post_entry ON consensus_post (entry_id, id);

CREATE TABLE score_revision (
  id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sheet_id     BIGINT         NOT NULL,
  item_code    VARCHAR(20)    NOT NULL,
  old_percent  INT            NOT NULL,
  new_percent  INT            NOT NULL,
  reason       VARCHAR(2000)  NOT NULL,
  revised_at   DATETIME(6)    NOT NULL,
  CONSTRAINT fk_revision_sheet FOREIGN KEY (sheet_id) REFERENCES score_sheet (id)
);
CREATE INDEX ix_revision_sheet ON score_revision (sheet_id);

CREATE TABLE feedback_text (
  id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  entry_id       BIGINT         NOT NULL,
  category_code  VARCHAR(20)    NOT NULL,
  strengths      VARCHAR(8000),
  opportunities  VARCHAR(8000),
  edited_by      VARCHAR(64)    NOT NULL,
  edited_at      DATETIME(6)    NOT NULL,
  version        INT            NOT NULL,
  CONSTRAINT uq_feedback_category UNIQUE (entry_id, category_code),
  CONSTRAINT fk_feedback_entry FOREIGN KEY (entry_id) REFERENCES review_entry (id)
);
