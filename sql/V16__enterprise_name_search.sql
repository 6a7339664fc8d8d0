-- The officials' enterprise search at scale. Keys of two folded characters of each name (see NameGrams): a search text
-- finds its candidate enterprises through its keys instead of reading every name. The portal fills the table for
-- enterprises stored before this migration at start-up (bigrams cannot be computed in SQL that H2 and MariaDB share).
CREATE TABLE enterprise_name_gram (
  gram          INT     NOT NULL,
  enterprise_id BIGINT  NOT NULL,
  CONSTRAINT pk_enterprise_name_gram PRIMARY KEY (gram, enterprise_id),
  CONSTRAINT fk_enterprise_name_gram FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_enterprise_name_gram_enterprise ON enterprise_name_gram (enterprise_id);

-- Sorting the search by registration date reads a page's ids from an index, as the other sort columns do.
CREATE INDEX ix_enterprise_created ON enterprise (created_at);
