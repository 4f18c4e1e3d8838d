"""Shared helpers for helper blind33's generators (make_test_hard_negatives_14.py, make_test_direct_12.py).

Python 3 standard library only. Every row has its own seed, derived from the set, its template, its language and its
index within the template, plus an attempt number: a row whose SHA-1 is listed in blind33-rejected.txt (or that would
duplicate an earlier row) is redrawn alone, with the next attempt, and no other row changes.
"""

import hashlib
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REJECTED = os.path.join(HERE, "blind33-rejected.txt")


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def rejected():
    out = set()
    if os.path.exists(REJECTED):
        with open(REJECTED, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    out.add(line.split()[0])
    return out


def pick(rng, *options):
    """One option; an option given as a list is itself picked from."""
    o = rng.choice(options)
    return pick(rng, *o) if isinstance(o, (list, tuple)) else o


def some(rng, items, k):
    return rng.sample(items, k)


def cap(s):
    return s[:1].upper() + s[1:]


def build(set_name, plan, out_name, fields, max_len=1600):
    """Draws every row of the plan and writes the jsonl file.

    plan: list of (template, lang, count, fn, extra) where fn(rng) returns the text and extra is a dict of further
    fields (category, kind); fields: the output field order.
    """
    bad = rejected()
    seen = set()
    rows = []
    for template, lang, count, fn, extra in plan:
        for k in range(count):
            attempt = 0
            while True:
                rng = random.Random("%s|%s|%s|%d|%d" % (set_name, template, lang, k, attempt))
                text = fn(rng).strip()
                if (1 <= len(text) <= max_len and norm(text) not in seen and sha1(text) not in bad):
                    break
                attempt += 1
                if attempt > 500:
                    raise SystemExit("cannot draw row %d of %s/%s" % (k, template, lang))
            seen.add(norm(text))
            row = {"text": text}
            row.update(extra)
            row["lang"] = lang
            row["group"] = "%s/%s" % (template, lang)
            rows.append({f: row[f] for f in fields})
    path = os.path.join(HERE, out_name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def summary(rows):
    from collections import Counter
    n = len(rows)
    print("rows", n)
    for field in ("lang", "kind", "category"):
        if field in rows[0]:
            print(field, dict(Counter(r[field] for r in rows)))
    t = Counter(r["group"].split("/")[0] for r in rows)
    print("templates", len(t), "largest", t.most_common(1), "limit", round(0.04 * n))
    lens = [len(r["text"]) for r in rows]
    print("len min/max", min(lens), max(lens), "<80:", sum(l < 80 for l in lens), ">500:",
          sum(l > 500 for l in lens), ">1000:", sum(l > 1000 for l in lens))
