"""Shared helpers of helper blind34's generators (make_test_hard_negatives_15.py, make_test_direct_13.py).

Python 3 standard library only. Every row has its own seed, derived from the set's name, the row's index and the
attempt number, so a row whose SHA-1 is listed in blind34-rejected.txt (or that repeats an earlier row) is redrawn
alone and every other row stays as it was. Running a generator twice writes the same bytes.
"""
import hashlib
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REJECTED = os.path.join(HERE, "blind34-rejected.txt")


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def rejected():
    out = set()
    if os.path.exists(REJECTED):
        with open(REJECTED, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    out.add(line)
    return out


def rng_for(set_name, index, attempt):
    return random.Random("blind34|%s|%d|%d" % (set_name, index, attempt))


def pick(r, options):
    """One option; a callable option is called with the row's generator."""
    o = r.choice(options)
    return o(r) if callable(o) else o


def cap(text):
    return text[:1].upper() + text[1:] if text else text


def build(set_name, plan, make_row, avoid=()):
    """Draws the rows of a plan.

    plan: list of (template, lang, count, extra); make_row(r, template, lang, extra) returns (text, fields).
    Rows are numbered in plan order; a row whose text is rejected, too long, or equal (after folding) to an
    earlier row or to a text of `avoid` is drawn again with the next attempt of its own seed.
    """
    bad = rejected()
    seen = set(norm(t) for t in avoid)
    rows = []
    index = 0
    for template, lang, count, extra in plan:
        for _ in range(count):
            for attempt in range(500):
                r = rng_for(set_name, index, attempt)
                text, fields = make_row(r, template, lang, extra)
                text = text.strip()
                if not (1 <= len(text) <= 1600):
                    continue
                if sha1(text) in bad or norm(text) in seen:
                    continue
                break
            else:
                raise SystemExit("row %d (%s/%s) cannot be drawn" % (index, template, lang))
            seen.add(norm(text))
            row = {"text": text}
            row.update(fields)
            row["lang"] = lang
            row["group"] = "%s/%s" % (template, lang)
            rows.append(row)
            index += 1
    return rows


def write(path, rows, order):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps({k: row[k] for k in order}, ensure_ascii=False) + "\n")


def summary(rows):
    from collections import Counter
    n = len(rows)
    lens = [len(x["text"]) for x in rows]
    print("rows", n, "min", min(lens), "max", max(lens), "<80", sum(l < 80 for l in lens),
          ">500", sum(l > 500 for l in lens), ">1000", sum(l > 1000 for l in lens))
    for field in ("lang", "kind", "category"):
        if field in rows[0]:
            print(field, dict(Counter(x[field] for x in rows)))
    t = Counter(x["group"].split("/")[0] for x in rows)
    print("templates", len(t), "largest", t.most_common(1), "limit", round(0.04 * n))
