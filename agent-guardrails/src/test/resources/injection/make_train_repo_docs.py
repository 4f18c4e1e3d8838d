#!/usr/bin/env python3
"""Writes train-repo-docs.jsonl: benign DOCUMENTS for the document model only, cut from this
repository's own source files (Java with its Javadoc, pom.xml, YAML/JSON/SQL resources) outside the
guardrails module, the examples and anything that mentions injections or prompts — structured text
(code, comments addressed to developers, markup, configuration) that the training corpus's benign
documents (mostly prose and requests) lack. Each chunk is 300-1,500 chars, cut at blank lines; at most
120 chunks per module; the group is the module, so cross-validation holds out whole modules.
Deterministic (sorted files, fixed seed). Not derived from any test set."""
import json
import os
import random
import re

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../.."))
MODULES = ["agent-core", "agent-cost", "agent-telemetry", "agent-store-jdbc", "agent-store-redis", "agent-sandbox",
           "agent-mcp", "agent-eval", "agent-langchain4j", "agent-spring-boot-starter", "agent-testing"]
BANNED = re.compile(r"inject|jailbreak|prompt|ignore (all|previous|the above)|guardrail|system message|pretend",
                    re.IGNORECASE)
EXT = (".java", ".xml", ".yaml", ".yml", ".json", ".sql", ".properties")
R = random.Random(20261203)


def chunks(text):
    parts = re.split(r"\n\s*\n", text)
    cur = ""
    for p in parts:
        if len(cur) + len(p) + 2 > 1500 and len(cur) >= 300:
            yield cur
            cur = ""
        cur = (cur + "\n\n" + p) if cur else p
        if len(cur) > 1500:
            yield cur[:1500]
            cur = ""
    if len(cur) >= 300:
        yield cur


def main():
    rows = []
    for m in MODULES:
        found = []
        base = os.path.join(ROOT, m)
        for d, dirs, files in os.walk(base):
            dirs[:] = sorted(x for x in dirs if x not in ("target", "node_modules", ".git"))
            for f in sorted(files):
                if not f.endswith(EXT) or "cassette" in f.lower():
                    continue
                path = os.path.join(d, f)
                try:
                    text = open(path, encoding="utf-8").read()
                except (UnicodeDecodeError, OSError):
                    continue
                for c in chunks(text):
                    if not BANNED.search(c):
                        found.append(c)
        R.shuffle(found)
        for c in found[:120]:
            rows.append({"label": 0, "text": c, "kind": "benign", "lang": "en", "group": m})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "train-repo-docs.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(out, len(rows))


if __name__ == "__main__":
    main()
