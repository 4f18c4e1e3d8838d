-- agent-runtime state stores. Portable between PostgreSQL and H2; ${text} is TEXT on PostgreSQL, CLOB on H2.

CREATE TABLE agent_session (
  session_id   VARCHAR(255) NOT NULL PRIMARY KEY,
  tenant_id    VARCHAR(255),
  user_id      VARCHAR(255),
  next_seq     BIGINT NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  forked_from  VARCHAR(255)
);
CREATE INDEX agent_session_owner ON agent_session (user_id, tenant_id);

CREATE TABLE agent_session_message (
  session_id   VARCHAR(255) NOT NULL,
  seq          BIGINT NOT NULL,
  run_id       VARCHAR(255) NOT NULL,
  role         VARCHAR(16) NOT NULL,
  body         ${text} NOT NULL,
  appended_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (session_id, seq)
);

CREATE TABLE agent_session_lease (
  session_id   VARCHAR(255) NOT NULL PRIMARY KEY,
  holder       VARCHAR(255) NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE agent_idempotency (
  idem_key     VARCHAR(512) NOT NULL PRIMARY KEY,
  completed    BOOLEAN NOT NULL,
  content      ${text},
  is_error     BOOLEAN,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX agent_idempotency_expiry ON agent_idempotency (expires_at);

CREATE TABLE agent_run (
  run_id       VARCHAR(255) NOT NULL PRIMARY KEY,
  input        ${text} NOT NULL,
  agent_name   VARCHAR(255),
  session_id   VARCHAR(255),
  user_id      VARCHAR(255),
  tenant_id    VARCHAR(255),
  tags         ${text} NOT NULL,
  started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  status       VARCHAR(16) NOT NULL
);
CREATE INDEX agent_run_status ON agent_run (status, started_at);

CREATE TABLE agent_run_journal (
  run_id       VARCHAR(255) NOT NULL REFERENCES agent_run (run_id) ON DELETE CASCADE,
  seq          BIGINT NOT NULL,
  kind         VARCHAR(32) NOT NULL,
  call_key     VARCHAR(1024) NOT NULL,
  body         ${text} NOT NULL,
  PRIMARY KEY (run_id, seq)
);

CREATE TABLE agent_audit_head (
  chain        VARCHAR(255) NOT NULL PRIMARY KEY,
  next_seq     BIGINT NOT NULL,
  last_hash    VARCHAR(64) NOT NULL
);

CREATE TABLE agent_audit (
  chain          VARCHAR(255) NOT NULL,
  seq            BIGINT NOT NULL,
  at             VARCHAR(40) NOT NULL,
  action         VARCHAR(64) NOT NULL,
  subject        VARCHAR(512),
  outcome        VARCHAR(255),
  arguments_hash VARCHAR(64),
  run_id         VARCHAR(255),
  session_id     VARCHAR(255),
  user_id        VARCHAR(255),
  tenant_id      VARCHAR(255),
  trace_id       VARCHAR(64),
  previous_hash  VARCHAR(64) NOT NULL,
  hash           VARCHAR(64) NOT NULL,
  PRIMARY KEY (chain, seq)
);
