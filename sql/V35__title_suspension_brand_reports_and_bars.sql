-- A title may be suspended (a recognised brand's yearly report missing after its warning, say) and reinstated; while
-- suspended it says since when and why.
ALTER TABLE title ADD COLUMN suspended_on DATE;
ALTER TABLE title ADD COLUMN suspended_reason VARCHAR(2000);

-- The yearly indicator report a recognised Tianjin brand files on each full year it holds the recognition, checked
-- against the indicators in force (their code kept), one figure per indicator.
CREATE TABLE brand_report (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title_id       BIGINT        NOT NULL,
  report_year    INT           NOT NULL,
  indicator_set  VARCHAR(60)   NOT NULL,
  filed_by       VARCHAR(100)  NOT NULL,
  filed_at       DATETIME(6)   NOT NULL,
  version        INT           NOT NULL,
  CONSTRAINT uq_brand_report UNIQUE (title_id, report_year),
  CONSTRAINT fk_brand_report_title FOREIGN KEY (title_id) REFERENCES title (id)
);

CREATE TABLE brand_report_figure (
  id         BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_id  BIGINT         NOT NULL,
  indicator  VARCHAR(40)    NOT NULL,
  figure     DECIMAL(20,4)  NOT NULL,
  CONSTRAINT uq_brand_report_figure UNIQUE (report_id, indicator),
  CONSTRAINT fk_brand_report_figure FOREIGN KEY (report_id) REFERENCES brand_report (id)
);

-- Each step taken for a report not filed (REMINDED, WARNED, SUSPENDED), once per title, year and step.
CREATE TABLE brand_report_step (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title_id     BIGINT        NOT NULL,
  report_year  INT           NOT NULL,
  step         VARCHAR(12)   NOT NULL,
  taken_on     DATE          NOT NULL,
  CONSTRAINT uq_brand_report_step UNIQUE (title_id, report_year, step),
  CONSTRAINT fk_brand_report_step_title FOREIGN KEY (title_id) REFERENCES title (id)
);

-- An enterprise whose title was revoked for fraud may not apply to that programme again until the bar ends.
CREATE TABLE applicant_bar (
  id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enterprise_id  BIGINT         NOT NULL,
  programme      VARCHAR(20)    NOT NULL,
  title_id       BIGINT         NOT NULL,
  barred_from    DATE           NOT NULL,
  barred_until   DATE           NOT NULL,
  reason         VARCHAR(2000)  NOT NULL,
  CONSTRAINT fk_applicant_bar_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_applicant_bar_title FOREIGN KEY (title_id) REFERENCES title (id)
);
CREATE INDEX ix_applicant_bar ON applicant_bar (enterprise_id, programme, barred_until);

-- A brand application that renews a recognition names it (never a 天津市名牌产品 of before 2019: history is not renewed).
ALTER TABLE brand_application ADD COLUMN renews_title_id BIGINT;
ALTER TABLE brand_application ADD CONSTRAINT fk_brand_application_renews FOREIGN KEY (renews_title_id) REFERENCES title (id);
