-- PostgreSQL's text cannot hold U+0000: a tool result or run input holding it is stored as its JSON
-- string literal, marked 'json' here (NULL: stored as it is, as every row written before).
ALTER TABLE agent_idempotency ADD COLUMN content_encoding VARCHAR(8);
ALTER TABLE agent_run ADD COLUMN input_encoding VARCHAR(8);
