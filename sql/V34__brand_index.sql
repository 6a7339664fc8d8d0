-- The Tianjin brand index of a brand campaign: computed by those who run the campaign once its review is locked, by
-- the formula in force (named here, its version never changes), one line per brand with every step of its calculation;
-- published by the bureau year by year, after which it never changes.
CREATE TABLE brand_index_run (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id   BIGINT        NOT NULL,
  index_year    INT           NOT NULL,
  formula       VARCHAR(60)   NOT NULL,
  computed_by   VARCHAR(100)  NOT NULL,
  computed_at   DATETIME(6)   NOT NULL,
  published_by  VARCHAR(100),
  published_at  DATETIME(6),
  version       INT           NOT NULL,
  CONSTRAINT uq_brand_index_run_campaign UNIQUE (campaign_id),
  CONSTRAINT fk_brand_index_run_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_brand_index_run_year ON brand_index_run (index_year, published_at);

CREATE TABLE brand_index_entry (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  run_id           BIGINT        NOT NULL,
  application_id   BIGINT        NOT NULL,
  enterprise_id    BIGINT        NOT NULL,
  enterprise_name  VARCHAR(200)  NOT NULL,
  brand_name       VARCHAR(200)  NOT NULL,
  industry         VARCHAR(2),
  district_code    VARCHAR(12)   NOT NULL,
  brand_kind       VARCHAR(12)   NOT NULL,
  panel_score      DECIMAL(9,2)  NOT NULL,
  brand_index      DECIMAL(7,2)  NOT NULL,
  city_peers       BOOLEAN       NOT NULL,
  calculation      MEDIUMTEXT    NOT NULL,
  CONSTRAINT uq_brand_index_entry UNIQUE (run_id, application_id),
  CONSTRAINT fk_brand_index_entry_run FOREIGN KEY (run_id) REFERENCES brand_index_run (id),
  CONSTRAINT fk_brand_index_entry_application FOREIGN KEY (application_id) REFERENCES application (id)
);

-- The index a brand must reach to be proposed for recognition, besides the panel's pass mark.
ALTER TABLE brand_settings ADD COLUMN pass_index INT NOT NULL DEFAULT 60;
