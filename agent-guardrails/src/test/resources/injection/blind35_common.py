"""Shared helpers for helper blind35's fresh blind pair (make_test_hard_negatives_16.py, make_test_direct_14.py).

Python 3 standard library only. Every row i of a set is drawn from its own generator seeded with
"blind35/<set>/<i>/<attempt>"; attempt starts at 0 and is raised only when the drawn text is a duplicate of an
earlier row of either set or its SHA-1 is listed in blind35-rejected.txt, so a rejected row is redrawn alone and
every other row stays byte for byte the same.
"""
import hashlib
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REJECTED = os.path.join(HERE, "blind35-rejected.txt")


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def load_rejected():
    out = set()
    if os.path.exists(REJECTED):
        with open(REJECTED, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    out.add(line.split()[0])
    return out


def rng(tag, index, attempt):
    return random.Random("blind35/%s/%d/%d" % (tag, index, attempt))


def spread(counts, seed):
    """The plan of a set: one (template, lang) per row, the templates interleaved in a fixed shuffled order."""
    plan = []
    for (name, lang), n in counts:
        plan.extend([(name, lang)] * n)
    random.Random(seed).shuffle(plan)
    return plan


def build(tag, plan, templates, fields, out_name, avoid=()):
    """Draws one row per plan entry and writes the set as JSON lines.

    templates maps (template, lang) to a function of a random.Random returning the text; fields maps
    (template, lang, text) to the row's other fields; avoid holds normalised texts of the other set.
    """
    rejected = load_rejected()
    seen = set(avoid)
    rows = []
    for i, (name, lang) in enumerate(plan):
        attempt = 0
        while True:
            text = templates[(name, lang)](rng(tag, i, attempt))
            text = text.strip()
            n = norm(text)
            if 1 <= len(text) <= 1600 and n not in seen and sha1(text) not in rejected:
                break
            attempt += 1
            if attempt > 500:
                raise SystemExit("template %s/%s cannot draw a fresh row" % (name, lang))
        seen.add(n)
        row = {"text": text}
        row.update(fields(name, lang, text))
        rows.append(row)
    with open(os.path.join(HERE, out_name), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def read_texts(out_name):
    path = os.path.join(HERE, out_name)
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as f:
        return {norm(json.loads(line)["text"]) for line in f if line.strip()}
