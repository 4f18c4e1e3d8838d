"""Shared helpers for session 13's fresh sets (helper blind6): make_test_hard_negatives_5.py, make_test_direct_3.py.

Standard library only. Every template is a function (rng) -> text. A set is drawn with a fixed quota per
template, distinct after folding case and white space, skipping the SHA-1s listed in blind6-rejected.txt
(rows the decontamination test rejected; the generators draw again instead).
"""
import hashlib
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def rejected():
    path = os.path.join(HERE, "blind6-rejected.txt")
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def pick(rng, items):
    return items[rng.randrange(len(items))]


def typo(rng, text, rate=0.05):
    """A few human typos: swapped, dropped or doubled letters in some words."""
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and w.isalpha() and rng.random() < rate:
            i = rng.randrange(1, len(w) - 1)
            op = rng.randrange(3)
            if op == 0:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif op == 1:
                w = w[:i] + w[i + 1:]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return " ".join(out)


def style(rng, text, typo_p=0.15, lower_p=0.12, upper_p=0.02):
    """Vary how a user types: sometimes typos, sometimes all lower case, rarely all caps."""
    if rng.random() < typo_p:
        text = typo(rng, text)
    r = rng.random()
    if r < lower_p:
        text = text.lower()
    elif r < lower_p + upper_p and len(text) < 200:
        text = text.upper()
    return text


def trigrams(text):
    w = re.sub(r"[^\w ]+", " ", norm(text)).split()
    if len(w) < 3:
        return {" ".join(w)}
    return {" ".join(w[i:i + 3]) for i in range(len(w) - 2)}


def near(a, b, threshold):
    inter = len(a & b)
    return inter / float(len(a) + len(b) - inter) >= threshold


def draw(seed, templates, fields_of, skip=None, threshold=0.6):
    """templates: list of (name, quota, fn). fields_of(name) -> dict of extra fields. Returns rows in a seeded order.
    A row is drawn again when it equals an earlier row, is on the skip list, or shares word-trigram Jaccard of
    `threshold` or more with an earlier row of the same template (so typo or casing variants of one sentence
    never both appear)."""
    rng = random.Random(seed)
    skip = rejected() if skip is None else skip
    seen = set()
    rows = []
    for name, quota, fn in templates:
        got = 0
        tries = 0
        mine = []
        while got < quota:
            tries += 1
            if tries > quota * 200:
                raise SystemExit("template %s cannot produce %d distinct rows (got %d)" % (name, quota, got))
            text = fn(rng).strip()
            key = norm(text)
            if key in seen or sha1(text) in skip:
                continue
            grams = trigrams(text)
            if any(near(grams, g, threshold) for g in mine):
                continue
            mine.append(grams)
            seen.add(key)
            row = {"text": text}
            row.update(fields_of(name))
            row["group"] = name
            rows.append(row)
            got += 1
    rng.shuffle(rows)
    return rows


def write(path, rows):
    with open(os.path.join(HERE, path), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
