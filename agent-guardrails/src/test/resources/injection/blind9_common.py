"""Shared helpers for helper blind9's fresh sets (session 14): make_test_hard_negatives_8.py and make_test_direct_6.py.

Written from scratch without reading any earlier test set, generator or training set. Standard library only.
Each template is a function of a seeded random.Random that returns a text (or (text, variant)); the build draws
each template's quota of distinct texts, skipping any text whose SHA-1 is listed in blind9-rejected.txt (rows the
decontamination test found equal or near a training row) and drawing again.
"""
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
REJECTED = os.path.join(HERE, "blind9-rejected.txt")


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def norm(text):
    return " ".join(text.split()).lower()


def rejected():
    if not os.path.exists(REJECTED):
        return set()
    with open(REJECTED, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


def pick(r, items):
    return r.choice(items)


def maybe(r, p, text, alt=""):
    return text if r.random() < p else alt


KEYBOARD_NEIGHBOURS = {
    "a": "qs", "e": "wr", "i": "uo", "o": "ip", "n": "bm", "r": "et", "s": "ad", "t": "ry", "l": "k", "u": "yi",
}


def typo_word(r, w):
    if len(w) < 4 or not w.isalpha():
        return w
    k = r.randrange(4)
    i = r.randrange(1, len(w) - 1)
    if k == 0:  # swap two letters
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == 1:  # drop a letter
        return w[:i] + w[i + 1:]
    if k == 2:  # double a letter
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    if c in KEYBOARD_NEIGHBOURS:  # neighbouring key
        return w[:i] + r.choice(KEYBOARD_NEIGHBOURS[c]) + w[i + 1:]
    return w


def typos(r, text, rate):
    """Introduces typos in roughly `rate` of the words (keeps line breaks)."""
    out_lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        out_lines.append(" ".join(typo_word(r, w) if r.random() < rate else w for w in words))
    return "\n".join(out_lines)


def casual(r, text):
    """Sometimes lower-cases the text, drops the final full stop, or adds typos: people type carelessly."""
    x = r.random()
    if x < 0.12:
        text = text.lower()
    elif x < 0.17:
        text = text.upper() if len(text) < 90 else text
    if r.random() < 0.2:
        text = typos(r, text, 0.08)
    if r.random() < 0.2 and text.endswith("."):
        text = text[:-1]
    return text


def build(out_name, templates, seed, fields):
    """Draws every template's quota and writes the jsonl.

    templates: list of (name, lang, value, quota, fn); value is the category (hard negatives) or kind (attacks).
    fields: function (label row dict pieces) -> ordered dict for one row.
    """
    skip = rejected()
    seen = set()
    rows = []
    r = random.Random(seed)
    for name, lang, value, quota, fn in templates:
        got = 0
        tries = 0
        while got < quota:
            tries += 1
            if tries > quota * 400:
                raise SystemExit("template %s: only %d of %d distinct rows" % (name, got, quota))
            res = fn(r)
            text, variant = res if isinstance(res, tuple) else (res, lang)
            text = text.strip()
            key = norm(text)
            if not text or key in seen or sha1(text) in skip:
                continue
            seen.add(key)
            rows.append(fields(text, lang, value, "%s/%s" % (name, variant)))
            got += 1
    random.Random(seed + 1).shuffle(rows)
    path = os.path.join(HERE, out_name)
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    summary(out_name, rows)
    return rows


def summary(name, rows):
    from collections import Counter

    n = len(rows)
    print("%s: %d rows" % (name, n))
    for field in ("label", "kind", "category", "lang"):
        c = Counter(row[field] for row in rows if field in row)
        if c:
            print("  %s: %s" % (field, dict(sorted(c.items()))))
    t = Counter(row["group"].split("/")[0] for row in rows)
    top = t.most_common(1)[0]
    print("  templates: %d, largest %s with %d rows (%.1f%%)" % (len(t), top[0], top[1], 100.0 * top[1] / n))
    lengths = [len(row["text"]) for row in rows]
    print("  length: min %d, max %d, >1000: %d, >500: %d, <80: %d" % (
        min(lengths), max(lengths), sum(1 for x in lengths if x > 1000), sum(1 for x in lengths if x > 500),
        sum(1 for x in lengths if x < 80)))
