"""Shared helpers of helper blind22's generators (make_test_hard_negatives_9.py, make_test_direct_7.py).

Python 3 standard library only. Every row has its own random generator, seeded from the set's seed, the row's index
and an attempt number, so a row whose SHA-1 is listed in blind22-rejected.txt (or that repeats an earlier row) is
redrawn alone while every other row stays as it was.
"""
import hashlib
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REJECTED = os.path.join(HERE, "blind22-rejected.txt")


def norm(text):
    """Lower-cased, white space folded: the form the data tests compare rows in."""
    return re.sub(r"\s+", " ", text).strip().lower()


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def rejected():
    """SHA-1s of rows the near-copy check rejected; the generators draw those rows again."""
    out = set()
    if os.path.exists(REJECTED):
        with open(REJECTED, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    out.add(line)
    return out


def row_rng(seed, index, attempt):
    return random.Random(seed * 1000003 + index * 7919 + attempt * 104729)


class Templates:
    """A registry of templates: name -> (field value such as category or kind, lang -> (row count, function))."""

    def __init__(self):
        self.items = {}

    def add(self, name, field, lang, count):
        def deco(fn):
            self.items.setdefault(name, {})[lang] = (field, count, fn)
            return fn
        return deco

    def plan(self, seed):
        """The (template, lang) of every row, in an order shuffled once with the set's seed."""
        slots = []
        for name in sorted(self.items):
            for lang in sorted(self.items[name]):
                slots.extend([(name, lang)] * self.items[name][lang][1])
        random.Random(seed).shuffle(slots)
        return slots


def build(templates, seed, max_len, avoid=()):
    """Draws every row of the plan; returns (text, field value, template, lang) tuples."""
    bad = rejected()
    seen = {norm(t) for t in avoid}
    rows = []
    for i, (name, lang) in enumerate(templates.plan(seed)):
        field, _, fn = templates.items[name][lang]
        for attempt in range(500):
            text = fn(row_rng(seed, i, attempt)).strip()
            text = re.sub(r"[ \t]+\n", "\n", text)
            if not 1 <= len(text) <= max_len:
                continue
            if norm(text) in seen or sha1(text) in bad:
                continue
            break
        else:
            raise SystemExit("no fresh text for row %d (%s/%s)" % (i, name, lang))
        seen.add(norm(text))
        rows.append((text, field, name, lang))
    return rows


def write(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_texts(path):
    out = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    out.append(json.loads(line)["text"])
    return out


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def maybe(rng, s, p=0.5):
    return s if rng.random() < p else ""


def join(*parts):
    """Joins non-empty parts with single spaces."""
    return " ".join(p.strip() for p in parts if p and p.strip())
