"""Shared helpers for helper blind30's blind sets (make_test_hard_negatives_13.py, make_test_direct_11.py).

Python 3 standard library only. Every row i of a set is drawn from its own generator seeded with
"<set seed>:<i>:<attempt>"; a row is drawn again (attempt + 1) when its text is a duplicate within the
set (or of the other set), too long, or when its SHA-1 is listed in blind30-rejected.txt (rows found to
equal or nearly equal a training row by the data tests). So a rejected row is redrawn alone and the
other rows stay byte for byte the same.
"""

import hashlib
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REJECTED_FILE = os.path.join(HERE, "blind30-rejected.txt")

_ALT = re.compile(r"\{([^{}]*)\}")


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def rejected():
    out = set()
    if os.path.exists(REJECTED_FILE):
        with open(REJECTED_FILE, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    out.add(line.split()[0])
    return out


def ex(rng, s):
    """Expands every {a|b|c} alternative (innermost first; an empty alternative is allowed)."""
    while True:
        m = _ALT.search(s)
        if not m:
            return s
        s = s[:m.start()] + rng.choice(m.group(1).split("|")) + s[m.end():]


def read_texts(name):
    path = os.path.join(HERE, name)
    out = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    out.add(norm(json.loads(line)["text"]))
    return out


def build(seed, plan, fields, out_name, avoid=(), max_len=1600, check=None):
    """Draws one row per plan entry and writes the set.

    plan: list of (template, lang, extra, fn); extra is a dict of the fields besides text/lang/group
    (label, kind, category); fn(rng) returns the text. fields: the output field order.
    """
    bad = rejected()
    seen = set(avoid)
    rows = []
    for i, (template, lang, extra, fn) in enumerate(plan):
        attempt = 0
        while True:
            rng = random.Random("%s:%d:%d" % (seed, i, attempt))
            text = fn(rng).strip()
            text = re.sub(r"[ \t]+\n", "\n", text)
            text = re.sub(r"  +", " ", text) if "  " in text and not extra.get("keep_spaces") else text
            ok = 1 <= len(text) <= max_len and norm(text) not in seen and sha1(text) not in bad
            if ok and check is not None:
                ok = check(text, lang)
            if ok:
                break
            attempt += 1
            if attempt > 2000:
                raise SystemExit("cannot draw row %d (%s/%s)" % (i, template, lang))
        seen.add(norm(text))
        row = {"text": text, "lang": lang, "group": "%s/%s" % (template, lang)}
        row.update({k: v for k, v in extra.items() if k != "keep_spaces"})
        rows.append({k: row[k] for k in fields})
    with open(os.path.join(HERE, out_name), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


def summary(rows, key_fields):
    from collections import Counter
    n = len(rows)
    print("rows", n)
    for k in key_fields:
        print(k, dict(Counter(r[k] for r in rows)))
    lens = [len(r["text"]) for r in rows]
    print("len min/max", min(lens), max(lens), "<80:", sum(l < 80 for l in lens), ">500:",
          sum(l > 500 for l in lens), ">1000:", sum(l > 1000 for l in lens))
    t = Counter(r["group"].split("/")[0] for r in rows)
    print("templates", len(t), "largest", t.most_common(3), "limit", round(0.04 * n))
