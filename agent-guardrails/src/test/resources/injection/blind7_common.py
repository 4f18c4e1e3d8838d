"""Shared helpers for helper blind7's fresh sets (session 13): slot grammar, typos, drawing, writing.

Standard library only. Slots are written with angle brackets that nobody types: an alternative list
"⟨a|b|c⟩" is replaced by one of its items (nesting allowed). Each template is a function of a
random.Random returning a text; the template's name goes into the row's "group" field.
Rows whose SHA-1 is listed in blind7-rejected.txt (too close to a training row) are skipped and drawn again.
"""
import hashlib
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
_SLOT = re.compile(r"⟨([^⟨⟩]*)⟩")


def expand(r, s):
    """Replace every ⟨a|b|…⟩ by one item, innermost first."""
    while True:
        new = _SLOT.sub(lambda m: r.choice(m.group(1).split("|")), s)
        if new == s:
            return new
        s = new


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def rejected():
    path = os.path.join(HERE, "blind7-rejected.txt")
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def typo(r, s, n=1):
    """n small slips: swapped, dropped or doubled letters inside longer words."""
    words = s.split(" ")
    for _ in range(n):
        idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
        if not idx:
            return " ".join(words)
        i = r.choice(idx)
        w = words[i]
        j = r.randrange(1, len(w) - 2)
        op = r.randrange(3)
        if op == 0:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif op == 1:
            w = w[:j] + w[j + 1:]
        else:
            w = w[:j] + w[j] + w[j:]
        words[i] = w
    return " ".join(words)


def vary(r, s, p_typo=0.2, p_lower=0.12, p_nodot=0.2):
    """Optional casing, typo and end-punctuation changes that a person typing would make."""
    if r.random() < p_typo:
        s = typo(r, s, r.choice([1, 1, 2]))
    if r.random() < p_lower:
        s = s.lower()
    if r.random() < p_nodot and s.endswith("."):
        s = s[:-1]
    return s


def draw(plan, seed, fields):
    """plan: list of (template function, lang, count, extra fields). Returns shuffled rows.

    Every template is drawn until it has `count` rows that are new to the set (after folding case and
    white space) and not rejected."""
    skip = rejected()
    seen = set()
    rows = []
    master = random.Random(seed)
    for fn, lang, count, extra in plan:
        r = random.Random(master.randrange(1 << 30))
        got = 0
        tries = 0
        while got < count:
            tries += 1
            if tries > 5000:
                raise RuntimeError("template %s gave only %d of %d rows" % (fn.__name__, got, count))
            text = fn(r).strip()
            if "⟨" in text or "⟩" in text:
                raise RuntimeError("unexpanded slot in template %s" % fn.__name__)
            key = norm(text)
            if key in seen or sha1(text) in skip:
                continue
            seen.add(key)
            row = {"text": text}
            row.update(fields)
            row.update(extra)
            row["lang"] = lang
            row["group"] = fn.__name__
            rows.append(row)
            got += 1
    master.shuffle(rows)
    return rows


def write(rows, name):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def summary(rows, *fields):
    from collections import Counter
    print(len(rows), "rows")
    for fld in fields:
        print(fld, dict(Counter(r[fld] for r in rows).most_common()))
    groups = Counter(r["group"] for r in rows)
    print("templates", len(groups), "largest", groups.most_common(1))
    lens = sorted(len(r["text"]) for r in rows)
    print("length min/median/max", lens[0], lens[len(lens) // 2], lens[-1])
