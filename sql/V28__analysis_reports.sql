-- The yearly quality analysis report (质量状况分析报告): one per year, drafted by officials, then published. The
-- figures compiled from the portal's data are frozen at publication (as JSON) so the published report never changes
-- when the data move on; the text sections officials write stand before or after the figures.
CREATE TABLE analysis_report (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_year   INT           NOT NULL,
  status        VARCHAR(12)   NOT NULL,
  figures       MEDIUMTEXT,
  compiled_on   DATE,
  published_at  DATETIME(6),
  published_by  VARCHAR(100),
  created_by    VARCHAR(100)  NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  version       INT           NOT NULL,
  CONSTRAINT uq_analysis_report_year UNIQUE (report_year)
);
CREATE INDEX ix_analysis_report_status ON analysis_report (status, report_year);

CREATE TABLE analysis_section (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_id   BIGINT        NOT NULL,
  position    INT           NOT NULL,
  placement   VARCHAR(8)    NOT NULL,
  heading     VARCHAR(200)  NOT NULL,
  body        MEDIUMTEXT    NOT NULL,
  CONSTRAINT fk_analysis_section_report FOREIGN KEY (report_id) REFERENCES analysis_report (id)
);
CREATE INDEX ix_analysis_section ON analysis_section (report_id, position);
