"""Shared helpers for the session-12 fresh sets written by helper blind5 (make_test_hard_negatives_4.py,
make_test_direct_2.py, make_test_indirect_5.py). Standard library only; every set is seeded.

REJECTED holds the SHA-1 of the UTF-8 text of rows that InjectionFreshSets5DataTest found equal or nearly
equal to a training row; the generators skip them and draw again (seeded), so no jsonl is hand-edited."""
import hashlib
import json
import re

REJECTED = set()


def norm(t):
    return re.sub(r"\s+", " ", t).strip().lower()


def digest(t):
    return hashlib.sha1(t.encode("utf-8")).hexdigest()


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def typo(rng, text, rate=0.04):
    """Light keyboard noise: swapped, dropped or doubled letters in a few words."""
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


def casing(rng, text):
    r = rng.random()
    if r < 0.08:
        return text.lower()
    if r < 0.11:
        return text.upper() if len(text) < 200 else text
    return text


def generate(rng, templates, per_template, min_len=1, max_len=100000, tries=400):
    """templates: list of (group, extra_fields, fn(rng) -> text). Returns rows with at most per_template
    rows from each template, no duplicate after normalisation, none rejected."""
    rows = []
    seen = set()
    for group, extra, fn, quota in templates:
        n = 0
        attempts = 0
        q = per_template if quota is None else quota
        while n < q and attempts < tries:
            attempts += 1
            text = fn(rng).strip()
            if not (min_len <= len(text) <= max_len):
                continue
            key = norm(text)
            if key in seen or digest(text) in REJECTED:
                continue
            seen.add(key)
            row = {"text": text}
            row.update(extra)
            row["group"] = group
            rows.append(row)
            n += 1
    return rows


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def load_rejected(path):
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    REJECTED.add(line)
    except FileNotFoundError:
        pass
