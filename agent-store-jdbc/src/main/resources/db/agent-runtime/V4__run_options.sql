-- What a run's options gave it, so a resume starts it again the same way: the conversation history put
-- before its input and its own limits (JSON, as StoreJson writes them; NULL: none).
ALTER TABLE agent_run ADD COLUMN history ${text};
ALTER TABLE agent_run ADD COLUMN limits ${text};
