-- Foundation schema: accounts, enterprises, credit register, audit log, attachments, notifications.
-- Written for MySQL 8 / MariaDB 10.11 and for H2 in MySQL mode (the demo); keep both working.

CREATE TABLE district (
  code      CHAR(6)      NOT NULL PRIMARY KEY,
  name_zh   VARCHAR(40)  NOT NULL,
  name_en   VARCHAR(60)  NOT NULL
);

CREATE TABLE enterprise (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  credit_code          CHAR(18)      NOT NULL,
  name                 VARCHAR(200)  NOT NULL,
  district_code        CHAR(6)       NOT NULL,
  address              VARCHAR(300)  NOT NULL,
  industry             CHAR(1)       NOT NULL,
  size_class           VARCHAR(10)   NOT NULL,
  founded_on           DATE          NOT NULL,
  legal_representative VARCHAR(60)   NOT NULL,
  contact_person       VARCHAR(60)   NOT NULL,
  phone                VARCHAR(30)   NOT NULL,
  email                VARCHAR(200)  NOT NULL,
  outside_tianjin      BOOLEAN       NOT NULL,
  created_at           DATETIME(6)   NOT NULL,
  version              INT           NOT NULL,
  CONSTRAINT uq_enterprise_code UNIQUE (credit_code),
  CONSTRAINT fk_enterprise_district FOREIGN KEY (district_code) REFERENCES district (code)
);
CREATE INDEX ix_enterprise_name ON enterprise (name);
CREATE INDEX ix_enterprise_district ON enterprise (district_code);

CREATE TABLE user_account (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username         VARCHAR(64)   NOT NULL,
  display_name     VARCHAR(100)  NOT NULL,
  email            VARCHAR(200)  NOT NULL,
  phone            VARCHAR(30),
  role             VARCHAR(20)   NOT NULL,
  enterprise_id    BIGINT,
  enterprise_admin BOOLEAN       NOT NULL,
  organisation     VARCHAR(200),
  district_code    CHAR(6),
  password_hash    VARCHAR(400),
  status           VARCHAR(20)   NOT NULL,
  demo             BOOLEAN       NOT NULL,
  locale           VARCHAR(10)   NOT NULL,
  last_login_at    DATETIME(6),
  created_at       DATETIME(6)   NOT NULL,
  version          INT           NOT NULL,
  CONSTRAINT uq_user_username UNIQUE (username),
  CONSTRAINT fk_user_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_user_district FOREIGN KEY (district_code) REFERENCES district (code)
);
CREATE INDEX ix_user_email ON user_account (email);
CREATE INDEX ix_user_enterprise ON user_account (enterprise_id);

-- One-time links sent by e-mail: confirming a registration, resetting a password, accepting an invitation.
CREATE TABLE one_time_token (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash  CHAR(64)     NOT NULL,
  purpose     VARCHAR(20)  NOT NULL,
  user_id     BIGINT       NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  used_at     DATETIME(6),
  created_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uq_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_token_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

-- Every login attempt, for throttling per account and per address (kept in the database so a cluster agrees).
CREATE TABLE login_attempt (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username    VARCHAR(64)  NOT NULL,
  address     VARCHAR(64)  NOT NULL,
  succeeded   BOOLEAN      NOT NULL,
  attempted_at DATETIME(6) NOT NULL
);
CREATE INDEX ix_login_user_time ON login_attempt (username, attempted_at);
CREATE INDEX ix_login_address_time ON login_attempt (address, attempted_at);

-- Someone whose enterprise is already registered asks that enterprise's administrator for access.
CREATE TABLE access_request (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enterprise_id BIGINT        NOT NULL,
  name          VARCHAR(60)   NOT NULL,
  email         VARCHAR(200)  NOT NULL,
  phone         VARCHAR(30),
  message       VARCHAR(1000),
  status        VARCHAR(20)   NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  version       INT           NOT NULL,
  CONSTRAINT fk_access_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);

-- The serious dishonesty list (严重失信名单). Keyed by credit code: an entry may name an enterprise
-- that has no account here.
CREATE TABLE dishonesty_entry (
  id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  credit_code      CHAR(18)       NOT NULL,
  enterprise_name  VARCHAR(200)   NOT NULL,
  reason           VARCHAR(1000)  NOT NULL,
  source_document  VARCHAR(300)   NOT NULL,
  listed_on        DATE           NOT NULL,
  removal_on       DATE           NOT NULL,
  ended_on         DATE,
  end_reason       VARCHAR(1000),
  created_by       VARCHAR(64)    NOT NULL,
  created_at       DATETIME(6)    NOT NULL,
  version          INT            NOT NULL
);
CREATE INDEX ix_dishonesty_code ON dishonesty_entry (credit_code, listed_on);

-- The quality credit file: one timeline per enterprise, written by listeners to domain events.
CREATE TABLE credit_event (
  id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  credit_code   CHAR(18)       NOT NULL,
  occurred_on   DATE           NOT NULL,
  kind          VARCHAR(40)    NOT NULL,
  detail        VARCHAR(1000)  NOT NULL,
  ref_type      VARCHAR(40),
  ref_id        BIGINT,
  created_at    DATETIME(6)    NOT NULL
);
CREATE INDEX ix_credit_event_code ON credit_event (credit_code, occurred_on);

-- Append-only audit log; each row carries the hash of the previous row (see AuditChain).
CREATE TABLE audit_entry (
  id           BIGINT         NOT NULL PRIMARY KEY,
  occurred_at  DATETIME(6)    NOT NULL,
  actor        VARCHAR(64)    NOT NULL,
  actor_role   VARCHAR(20)    NOT NULL,
  object_type  VARCHAR(40)    NOT NULL,
  object_id    VARCHAR(64)    NOT NULL,
  action       VARCHAR(40)    NOT NULL,
  summary      TEXT           NOT NULL,
  prev_hash    CHAR(64)       NOT NULL,
  hash         CHAR(64)       NOT NULL
);
CREATE INDEX ix_audit_object ON audit_entry (object_type, object_id);
CREATE INDEX ix_audit_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at);

-- The head of the audit chain: one row, locked by each writer so the chain never forks.
CREATE TABLE audit_head (
  id         INT        NOT NULL PRIMARY KEY,
  last_id    BIGINT     NOT NULL,
  last_hash  CHAR(64)   NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, '');

CREATE TABLE attachment (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner_type    VARCHAR(40)   NOT NULL,
  owner_id      BIGINT        NOT NULL,
  file_name     VARCHAR(255)  NOT NULL,
  content_type  VARCHAR(100)  NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  sha256        CHAR(64)      NOT NULL,
  storage_key   VARCHAR(100)  NOT NULL,
  uploaded_by   VARCHAR(64)   NOT NULL,
  created_at    DATETIME(6)   NOT NULL
);
CREATE INDEX ix_attachment_owner ON attachment (owner_type, owner_id);

CREATE TABLE notification (
  id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id     BIGINT         NOT NULL,
  subject     VARCHAR(300)   NOT NULL,
  body        VARCHAR(4000)  NOT NULL,
  link        VARCHAR(500),
  read_at     DATETIME(6),
  created_at  DATETIME(6)    NOT NULL,
  CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_notification_user ON notification (user_id, created_at);

-- Outgoing e-mail, kept so that nothing is lost when the mail server is away, and shown in demo mode.
CREATE TABLE mail_message (
  id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient   VARCHAR(200)   NOT NULL,
  subject     VARCHAR(300)   NOT NULL,
  body        TEXT           NOT NULL,
  status      VARCHAR(20)    NOT NULL,
  attempts    INT            NOT NULL,
  last_error  VARCHAR(1000),
  created_at  DATETIME(6)    NOT NULL,
  sent_at     DATETIME(6)
);
CREATE INDEX ix_mail_status ON mail_message (status, created_at);

-- Public notices shown on the home page (announcements, calls for applications, 公示).
CREATE TABLE notice (
  id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title         VARCHAR(300)   NOT NULL,
  body          TEXT           NOT NULL,
  programme     VARCHAR(20)    NOT NULL,
  published_at  DATETIME(6)    NOT NULL,
  created_by    VARCHAR(64)    NOT NULL,
  version       INT            NOT NULL
);
CREATE INDEX ix_notice_published ON notice (published_at);
