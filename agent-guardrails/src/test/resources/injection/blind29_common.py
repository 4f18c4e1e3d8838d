"""Shared machinery for helper blind29's generators (make_test_hard_negatives_12.py, make_test_direct_10.py).

Python 3 standard library only. Every row i is drawn from its own random.Random seeded with
"<set seed>:<i>:<attempt>", so a row that is rejected (its SHA-1 listed in blind29-rejected.txt) or that
duplicates an earlier row is redrawn alone (attempt + 1) without moving any other row. The plan of which
template and language row i uses is fixed by the set's plan, not by the draws.
"""

import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
REJECTED_FILE = os.path.join(HERE, "blind29-rejected.txt")


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def load_rejected():
    """@return the SHA-1s of rows that must be redrawn (one a line, '#' starts a comment)."""
    out = set()
    if os.path.exists(REJECTED_FILE):
        with open(REJECTED_FILE, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    out.add(line)
    return out


def norm(text):
    return " ".join(text.split()).lower()


def pick(rng, options):
    """@return one option; an option that is a callable is called with rng."""
    o = rng.choice(options)
    return o(rng) if callable(o) else o


def maybe(rng, p, text, other=""):
    return text if rng.random() < p else other


def build_plan(counts):
    """counts: list of (template_name, lang, n). @return a list of (template_name, lang) interleaved so that
    row indices spread over templates (round robin over the entries)."""
    queues = [[(t, l)] * n for (t, l, n) in counts]
    plan = []
    while any(queues):
        for q in queues:
            if q:
                plan.append(q.pop())
    return plan


def generate(set_seed, plan, templates, extra_fields, taken=None, max_attempts=400):
    """Draws one row per plan entry.

    @param set_seed the set's seed string
    @param plan list of (template_name, lang)
    @param templates dict template_name -> function(rng) -> text
    @param extra_fields function(template_name, lang) -> dict of the other fields (label, kind, category ...)
    @param taken normalised texts that must not be produced (e.g. the other set's rows)
    @return the rows as dicts in field order text, then extra fields, then lang and group
    """
    rejected = load_rejected()
    seen = set(taken or ())
    rows = []
    for i, (tpl, lang) in enumerate(plan):
        fn = templates[tpl]
        for attempt in range(max_attempts):
            rng = random.Random("%s:%d:%d" % (set_seed, i, attempt))
            text = fn(rng).strip()
            text = "\n".join(line.rstrip() for line in text.split("\n"))
            if not text or len(text) > 1600:
                continue
            if sha1(text) in rejected or norm(text) in seen:
                continue
            break
        else:
            raise SystemExit("row %d (%s/%s): no acceptable draw" % (i, tpl, lang))
        seen.add(norm(text))
        row = {"text": text}
        row.update(extra_fields(tpl, lang))
        row["lang"] = lang
        row["group"] = "%s/%s" % (tpl, lang)
        rows.append(row)
    return rows


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_texts(path):
    out = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    out.append(json.loads(line)["text"])
    return out
