"""Shared helpers for helper blind36's fresh blind pair (make_test_hard_negatives_17.py, make_test_direct_15.py).

Python 3 standard library only. Every row gets its own seed derived from the set's base seed, the row's index and an
attempt number; a row whose SHA-1 is listed in blind36-rejected.txt (or that repeats an earlier row of the same set)
is redrawn alone with the next attempt, so the other rows stay byte for byte the same.
"""
import hashlib
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REJECTED = os.path.join(HERE, "blind36-rejected.txt")
SLOT = re.compile(r"\{([a-z_0-9]+)\}")


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def rejected():
    out = set()
    if os.path.exists(REJECTED):
        with open(REJECTED, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    out.add(line.split()[0])
    return out


def fill(rng, text, slots, depth=0):
    """Replaces each {name} with a random choice of slots[name] (which may hold further slots)."""
    def one(m):
        if m.group(1) not in slots:
            return m.group(0)
        choice = rng.choice(slots[m.group(1)])
        return fill(rng, choice, slots, depth + 1) if depth < 4 else choice
    return SLOT.sub(one, text)


def compose(rng, slots, *parts, sep=" "):
    """Joins one choice of each part (a string, or a list of alternatives; None or '' drops out), then fills slots."""
    out = []
    for p in parts:
        s = rng.choice(p) if isinstance(p, list) else p
        if not s:
            continue
        if out and s[0] in "?!.,;":
            out[-1] += s
        else:
            out.append(s)
    return fill(rng, sep.join(out), slots)


def sample_join(rng, pool, k_min, k_max, sep="\n"):
    k = rng.randint(k_min, k_max)
    return sep.join(rng.sample(pool, k))


def build(out_name, seed_base, specs, fields, min_len=1, max_len=1600):
    """specs: (template, lang, extra fields, count, fn(rng) -> text[, (lo, hi) length range]).

    Writes out_name next to this module, one JSON object a line with exactly `fields` in that order.
    """
    bad = rejected()
    seen = set()
    rows = []
    index = 0
    for spec in specs:
        template, lang, extra, count, fn = spec[:5]
        lo, hi = spec[5] if len(spec) > 5 else (min_len, max_len)
        for _ in range(count):
            attempt = 0
            while True:
                rng = random.Random(seed_base * 10_000_000 + index * 1000 + attempt)
                text = re.sub(r"[ \t]+\n", "\n", fn(rng)).strip()
                text = re.sub(r"  +", " ", text)
                if (lo <= len(text) <= hi and sha1(text) not in bad and norm(text) not in seen):
                    break
                attempt += 1
                if attempt >= 1000:
                    raise SystemExit("cannot draw row %d of %s" % (index, template))
            seen.add(norm(text))
            row = {"text": text}
            row.update(extra)
            row["lang"] = lang
            row["group"] = "%s/%s" % (template, lang)
            rows.append({k: row[k] for k in fields})
            index += 1
    path = os.path.join(HERE, out_name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def summary(rows):
    from collections import Counter
    n = len(rows)
    lens = [len(r["text"]) for r in rows]
    print("%d rows; lengths %d..%d; <80: %d; >500: %d; >1000: %d" % (
        n, min(lens), max(lens), sum(l < 80 for l in lens), sum(l > 500 for l in lens), sum(l > 1000 for l in lens)))
    for field in ("lang", "kind", "category"):
        if field in rows[0]:
            print(field, dict(Counter(r[field] for r in rows)))
    t = Counter(r["group"].split("/")[0] for r in rows)
    print("templates", len(t), "largest", t.most_common(3))
