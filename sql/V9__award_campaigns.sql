-- Tianjin Quality Award: campaigns with their dates, quotas and eligibility rules; applications with the model,
-- a narrative per rubric category, a self-assessment per item, the honesty declaration and the chosen recommender;
-- the recommender's opinion or return; the eligibility checklist, automatic checks beside the official's findings.
CREATE TABLE award_campaign (
  id                        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name                      VARCHAR(200)  NOT NULL,
  award_year                INT           NOT NULL,
  applications_open         DATE          NOT NULL,
  applications_close        DATE          NOT NULL,
  recommendation_deadline   DATE          NOT NULL,
  review_until              DATE,
  site_visit_until          DATE,
  display_days              INT           NOT NULL,
  rubric_version_id         BIGINT        NOT NULL,
  award_quota               INT           NOT NULL,
  nomination_quota          INT           NOT NULL,
  min_years                 INT           NOT NULL,
  accident_lookback_years   INT           NOT NULL,
  major_lookback_years      INT           NOT NULL,
  credit_lookback_years     INT           NOT NULL,
  winner_exclusion_years    INT           NOT NULL,
  industries                VARCHAR(100)  NOT NULL,
  stage                     VARCHAR(20)   NOT NULL,
  review_round_id           BIGINT,
  created_by                VARCHAR(64)   NOT NULL,
  created_at                DATETIME(6)   NOT NULL,
  version                   INT           NOT NULL,
  CONSTRAINT fk_campaign_rubric FOREIGN KEY (rubric_version_id) REFERENCES rubric_version (id),
  CONSTRAINT fk_campaign_round FOREIGN KEY (review_round_id) REFERENCES review_round (id)
);

CREATE TABLE award_application (
  id                       BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id              BIGINT         NOT NULL,
  enterprise_id            BIGINT         NOT NULL,
  model_name               VARCHAR(200),
  model_description        TEXT,
  recommender_user_id      BIGINT,
  honesty_declared         BOOLEAN        NOT NULL,
  status                   VARCHAR(20)    NOT NULL,
  submitted_at             DATETIME(6),
  returned_reason          VARCHAR(2000),
  recommendation_opinion   VARCHAR(4000),
  recommended_at           DATETIME(6),
  eligibility_reason       VARCHAR(2000),
  eligibility_decided_at   DATETIME(6),
  created_by               VARCHAR(64)    NOT NULL,
  created_at               DATETIME(6)    NOT NULL,
  updated_at               DATETIME(6)    NOT NULL,
  version                  INT            NOT NULL,
  CONSTRAINT uq_application_enterprise UNIQUE (campaign_id, enterprise_id),
  CONSTRAINT fk_application_campaign FOREIGN KEY (campaign_id) REFERENCES award_campaign (id),
  CONSTRAINT fk_application_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_application_recommender FOREIGN KEY (recommender_user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_application_recommender ON award_application (recommender_user_id, status);

CREATE TABLE award_narrative (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  category_code   VARCHAR(20)   NOT NULL,
  body            MEDIUMTEXT,
  version         INT           NOT NULL,
  CONSTRAINT uq_narrative UNIQUE (application_id, category_code),
  CONSTRAINT fk_narrative_application FOREIGN KEY (application_id) REFERENCES award_application (id)
);

CREATE TABLE award_self_score (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  item_code       VARCHAR(20)   NOT NULL,
  percent         INT,
  version         INT           NOT NULL,
  CONSTRAINT uq_self_score UNIQUE (application_id, item_code),
  CONSTRAINT fk_self_score_application FOREIGN KEY (application_id) REFERENCES award_application (id)
);

CREATE TABLE award_eligibility (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT         NOT NULL,
  check_code      VARCHAR(30)    NOT NULL,
  auto_result     VARCHAR(10)    NOT NULL,
  auto_detail     VARCHAR(1000),
  result          VARCHAR(10),
  finding         VARCHAR(2000),
  checked_by      VARCHAR(64),
  checked_at      DATETIME(6),
  version         INT            NOT NULL,
  CONSTRAINT uq_eligibility UNIQUE (application_id, check_code),
  CONSTRAINT fk_eligibility_application FOREIGN KEY (application_id) REFERENCES award_application (id)
);
