"""Shared helpers for helper blind8's fresh sets (session 13). Standard library only."""
import hashlib, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))


def rejected():
    p = os.path.join(HERE, "blind8-rejected.txt")
    if not os.path.exists(p):
        return set()
    return {l.strip() for l in open(p, encoding="utf-8") if l.strip()}


def norm(t):
    return " ".join(t.lower().split())


def typo(rng, s, p=0.15):
    """Sometimes drop or swap one letter, or change the casing."""
    r = rng.random()
    if r < p and len(s) > 20:
        i = rng.randrange(5, len(s) - 5)
        if s[i].isalpha():
            return s[:i] + s[i + 1:]
    if r < 2 * p and len(s) > 20:
        i = rng.randrange(5, len(s) - 5)
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if r < 2 * p + 0.05:
        return s.lower()
    return s


def build(templates, seed, out, extra):
    """templates: list of (group, lang, quota, fn(rng)->text, fields). Draws until each quota is met."""
    rng = random.Random(seed)
    bad = rejected()
    seen = set()
    rows = []
    for group, lang, quota, fn, fields in templates:
        got, tries = 0, 0
        while got < quota and tries < quota * 60:
            tries += 1
            FRAME.clear()
            t = typo(rng, fn(rng)).strip()
            g = group + ("/f%d" % FRAME[0] if FRAME else "")
            k = norm(t)
            if k in seen or hashlib.sha1(t.encode("utf-8")).hexdigest() in bad:
                continue
            seen.add(k)
            row = {"text": t}
            row.update(extra)
            row.update(fields)
            row["lang"] = lang
            row["group"] = g
            rows.append(row)
            got += 1
    rng.shuffle(rows)
    with open(os.path.join(HERE, out), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


FRAME = []


def pick(rng, *opts):
    """Choose one option; the first choice made while drawing one row names its frame (part of the group)."""
    i = rng.randrange(len(opts))
    if not FRAME:
        FRAME.append(i)
    return opts[i]
