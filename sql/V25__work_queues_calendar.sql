-- The officials' work queue counts the applications awaiting eligibility in every campaign by their status.
CREATE INDEX ix_application_status ON application (status, campaign_id);

-- Each user's calendar feed of deadlines: the secret of its link, kept as its SHA-256 only; renewing replaces it.
CREATE TABLE calendar_feed (
  user_id     BIGINT      NOT NULL PRIMARY KEY,
  token_hash  CHAR(64)    NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
  CONSTRAINT fk_calendar_feed_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
