-- Site visits (现场评审) of shortlisted entries: a team drawn from the expert pool with a stored seed, a date, the
-- leader's findings and a score per rubric category, and the visit report as an attachment.
CREATE TABLE award_site_visit (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id     BIGINT        NOT NULL,
  application_id  BIGINT        NOT NULL,
  visit_date      DATE          NOT NULL,
  draw_seed       BIGINT        NOT NULL,
  leader_user_id  BIGINT        NOT NULL,
  findings        TEXT,
  status          VARCHAR(12)   NOT NULL,
  reported_at     DATETIME(6),
  planned_by      VARCHAR(64)   NOT NULL,
  planned_at      DATETIME(6)   NOT NULL,
  version         INT           NOT NULL,
  CONSTRAINT uq_site_visit UNIQUE (application_id),
  CONSTRAINT fk_visit_campaign FOREIGN KEY (campaign_id) REFERENCES award_campaign (id),
  CONSTRAINT fk_visit_application FOREIGN KEY (application_id) REFERENCES award_application (id),
  CONSTRAINT fk_visit_leader FOREIGN KEY (leader_user_id) REFERENCES user_account (id)
);

CREATE TABLE award_site_visit_member (
  id        BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
  visit_id  BIGINT  NOT NULL,
  user_id   BIGINT  NOT NULL,
  seat_no   INT     NOT NULL,
  CONSTRAINT uq_visit_member UNIQUE (visit_id, user_id),
  CONSTRAINT fk_visit_member_visit FOREIGN KEY (visit_id) REFERENCES award_site_visit (id),
  CONSTRAINT fk_visit_member_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE award_site_visit_score (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  visit_id       BIGINT       NOT NULL,
  category_code  VARCHAR(20)  NOT NULL,
  score_tenths   INT          NOT NULL,
  CONSTRAINT uq_visit_score UNIQUE (visit_id, category_code),
  CONSTRAINT fk_visit_score_visit FOREIGN KEY (visit_id) REFERENCES award_site_visit (id)
);
