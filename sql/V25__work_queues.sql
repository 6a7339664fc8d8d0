-- The officials' work queue counts the applications awaiting eligibility in every campaign by their status.
CREATE INDEX ix_application_status ON application (status, campaign_id);
