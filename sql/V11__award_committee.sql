-- The award committee: the shortlist taken from the materials-review ranking, the members appointed for a campaign,
-- who has voted on what (never how), the vote counts per entry, and the committee's decision per entry.
ALTER TABLE award_campaign ADD COLUMN committee_quorum INT NOT NULL DEFAULT 5;
ALTER TABLE award_campaign ADD COLUMN carry_numerator INT NOT NULL DEFAULT 2;
ALTER TABLE award_campaign ADD COLUMN carry_denominator INT NOT NULL DEFAULT 3;

CREATE TABLE award_shortlist (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id     BIGINT        NOT NULL,
  application_id  BIGINT        NOT NULL,
  rank_no         INT           NOT NULL,
  score_tenths    INT,
  added_by        VARCHAR(64)   NOT NULL,
  added_at        DATETIME(6)   NOT NULL,
  CONSTRAINT uq_shortlist UNIQUE (campaign_id, application_id),
  CONSTRAINT fk_shortlist_campaign FOREIGN KEY (campaign_id) REFERENCES award_campaign (id),
  CONSTRAINT fk_shortlist_application FOREIGN KEY (application_id) REFERENCES award_application (id)
);

CREATE TABLE award_committee_member (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id   BIGINT        NOT NULL,
  user_id       BIGINT        NOT NULL,
  appointed_by  VARCHAR(64)   NOT NULL,
  appointed_at  DATETIME(6)   NOT NULL,
  CONSTRAINT uq_committee_member UNIQUE (campaign_id, user_id),
  CONSTRAINT fk_member_campaign FOREIGN KEY (campaign_id) REFERENCES award_campaign (id),
  CONSTRAINT fk_member_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE award_ballot (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  member_user_id  BIGINT        NOT NULL,
  cast_at         DATETIME(6)   NOT NULL,
  CONSTRAINT uq_ballot UNIQUE (application_id, member_user_id),
  CONSTRAINT fk_ballot_application FOREIGN KEY (application_id) REFERENCES award_application (id)
);

CREATE TABLE award_vote_count (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  award_votes     INT           NOT NULL,
  nomination_votes INT          NOT NULL,
  neither_votes   INT           NOT NULL,
  outcome         VARCHAR(12),
  reason          VARCHAR(20),
  decided_at      DATETIME(6),
  version         INT           NOT NULL,
  CONSTRAINT uq_vote_count UNIQUE (application_id),
  CONSTRAINT fk_vote_application FOREIGN KEY (application_id) REFERENCES award_application (id)
);
