-- A Tianjin brand application's own part: the kind of brand, the enterprises a regional or cluster brand covers, the
-- version of the indicators it is filed under (kept when a newer version comes into force), and one figure per
-- indicator and year.
CREATE TABLE brand_application (
  application_id     BIGINT        NOT NULL PRIMARY KEY,
  brand_kind         VARCHAR(12)   NOT NULL,
  indicator_set      VARCHAR(60)   NOT NULL,
  named_enterprises  VARCHAR(4000),
  updated_at         DATETIME(6)   NOT NULL,
  version            INT           NOT NULL,
  CONSTRAINT fk_brand_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE brand_figure (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT         NOT NULL,
  indicator       VARCHAR(40)    NOT NULL,
  figure_year     INT            NOT NULL,
  figure          DECIMAL(20,4)  NOT NULL,
  CONSTRAINT uq_brand_figure UNIQUE (application_id, indicator, figure_year),
  CONSTRAINT fk_brand_figure_application FOREIGN KEY (application_id) REFERENCES brand_application (application_id)
);
