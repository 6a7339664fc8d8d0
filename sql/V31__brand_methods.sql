-- The Tianjin brand index's method as versioned data: indicator sets and index formulas, each version a row of its
-- own (the JSON of brand.BrandJson) that never changes once stored; an application keeps the indicator set it was
-- filed under, a published index the formula it was computed by. The newest of each kind is the one in force.
CREATE TABLE brand_method (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind         VARCHAR(12)   NOT NULL,
  code         VARCHAR(60)   NOT NULL,
  name_zh      VARCHAR(200)  NOT NULL,
  name_en      VARCHAR(200)  NOT NULL,
  definition   MEDIUMTEXT    NOT NULL,
  created_by   VARCHAR(100)  NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  CONSTRAINT uq_brand_method_code UNIQUE (kind, code)
);
