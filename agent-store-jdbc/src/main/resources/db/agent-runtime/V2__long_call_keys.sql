-- A tool call without an id is journaled under its name and arguments, which may be long (a file's
-- text): the key is as long as they are. Not indexed; the primary key is (run_id, seq).
ALTER TABLE agent_run_journal ALTER COLUMN call_key SET DATA TYPE ${text};
