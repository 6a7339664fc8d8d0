-- Rubrics are versioned data: a rubric (its code and names) has numbered versions, each holding the whole tree
-- (categories, items, points, kinds, band guidance in Chinese and English) as JSON. A version used by a campaign is
-- frozen; editing a frozen version makes the next version.
CREATE TABLE rubric (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(60)   NOT NULL,
  programme   VARCHAR(20)   NOT NULL,
  created_by  VARCHAR(64)   NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  version     INT           NOT NULL,
  CONSTRAINT uq_rubric_code UNIQUE (code)
);

CREATE TABLE rubric_version (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  rubric_id     BIGINT        NOT NULL,
  version_no    INT           NOT NULL,
  name_zh       VARCHAR(200)  NOT NULL,
  name_en       VARCHAR(200)  NOT NULL,
  total_points  INT           NOT NULL,
  definition    MEDIUMTEXT    NOT NULL,
  frozen        BOOLEAN       NOT NULL,
  created_by    VARCHAR(64)   NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  version       INT           NOT NULL,
  CONSTRAINT uq_rubric_version UNIQUE (rubric_id, version_no),
  CONSTRAINT fk_rubric_version_rubric FOREIGN KEY (rubric_id) REFERENCES rubric (id)
);
