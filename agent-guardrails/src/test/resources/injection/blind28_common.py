"""Shared helpers of helper blind28's generators (make_test_hard_negatives_11.py, make_test_direct_9.py).

Python 3 standard library only. Every row draws from its own random.Random seeded from the set's base seed, the
row's index in the plan and an attempt number; a row whose SHA-1 is listed in blind28-rejected.txt (or that repeats
an earlier row of the set) is drawn again with the next attempt, so a rejected row is redrawn alone.
"""
import hashlib
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REJECTED = os.path.join(HERE, "blind28-rejected.txt")


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def rejected():
    if not os.path.exists(REJECTED):
        return set()
    with open(REJECTED, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def row_rng(base, index, attempt):
    return random.Random(base * 1_000_003 + index * 7_919 + attempt * 104_729)


def pick(rng, options):
    return rng.choice(options)


def fill(rng, fmt, **slots):
    """fmt.format with one option drawn per slot (a slot given as a str is used as is)."""
    return fmt.format(**{k: (v if isinstance(v, str) else rng.choice(v)) for k, v in slots.items()})


def maybe(rng, text, p=0.5):
    return text if rng.random() < p else ""


def some(rng, options, k):
    return rng.sample(options, k)


def tidy(text):
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" +([,.?!])", r"\1", text)
    return text.strip()


def build(templates, base_seed, max_len=None):
    """templates: list of (name, lang, extra_fields, fn, count); returns rows (dicts without label/kind order)."""
    rej = rejected()
    plan = []
    for name, lang, extra, fn, count in templates:
        plan.extend([(name, lang, extra, fn)] * count)
    seen = set()
    rows = []
    for i, (name, lang, extra, fn) in enumerate(plan):
        for attempt in range(1000):
            text = tidy(fn(row_rng(base_seed, i, attempt)))
            if sha1(text) in rej or norm(text) in seen:
                continue
            if max_len is not None and len(text) > max_len:
                continue
            break
        else:
            raise RuntimeError("no fresh row for %s after 1000 attempts" % name)
        seen.add(norm(text))
        rows.append((name, lang, extra, text))
    order = list(range(len(rows)))
    random.Random(base_seed).shuffle(order)
    return [rows[i] for i in order]


def write(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
