-- Alliance evaluators: a staff account of an alliance member organisation (role EVALUATOR) names its organisation, and
-- a campaign run by the alliance (the Tianjin brands) names the member organisation that runs it. Null elsewhere.
ALTER TABLE user_account ADD COLUMN organisation_id BIGINT;
ALTER TABLE user_account ADD CONSTRAINT fk_user_account_organisation FOREIGN KEY (organisation_id) REFERENCES alliance_member (id);
ALTER TABLE campaign ADD COLUMN organisation_id BIGINT;
ALTER TABLE campaign ADD CONSTRAINT fk_campaign_organisation FOREIGN KEY (organisation_id) REFERENCES alliance_member (id);
CREATE INDEX ix_campaign_organisation ON campaign (organisation_id, id);

-- A Tianjin brand campaign's own settings: how long a recognition holds, and the pass mark of the panel's score on the
-- brand rubric (as a share of its points) that the recognition asks for until the brand index decides it.
CREATE TABLE brand_settings (
  campaign_id     BIGINT  NOT NULL PRIMARY KEY,
  validity_years  INT     NOT NULL,
  pass_percent    INT     NOT NULL,
  version         INT     NOT NULL,
  CONSTRAINT fk_brand_settings_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);

-- The issuer a title's certificate and verification page name when it is not the programme's fixed one: the alliance
-- member organisation that ran a brand campaign recognises in its own name, never the bureau's.
ALTER TABLE title ADD COLUMN issuer VARCHAR(200);
