"""Shared helpers for helper blind25's two blind sets of user messages.

Written from scratch by helper blind25 without reading any earlier set, any training set or the detector.
Python 3 standard library only. Every row is drawn from its own random.Random seeded by the set name, the
template, the language and the row's index within that template (plus an attempt number), so a row whose SHA-1
is listed in blind25-rejected.txt (or that duplicates an earlier row) is redrawn alone and the other rows stay
byte for byte the same.
"""
import hashlib
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REJECTED_FILE = os.path.join(HERE, "blind25-rejected.txt")


def norm(text):
    """Lower-cased, white space folded: what the data tests compare for duplicates."""
    return re.sub(r"\s+", " ", text).strip().lower()


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def rejected():
    """SHA-1s of rows that an earlier run rejected (near copies of a training row): they are redrawn."""
    if not os.path.exists(REJECTED_FILE):
        return set()
    with open(REJECTED_FILE, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def other_texts(filename):
    """Normalised texts of the other set of the pair (no text may appear in both), if it exists yet."""
    path = os.path.join(HERE, filename)
    out = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    out.add(norm(json.loads(line)["text"]))
    return out


def draw(set_name, templates, max_len=1600, avoid=frozenset()):
    """Draws every row of a set.

    templates: list of (template, lang, extra_fields, count, fn); fn(rng) returns a text. extra_fields is a dict
    of fields written between label/kind and lang (e.g. category). Returns the rows in a fixed shuffled order.
    """
    bad = rejected()
    seen = set(avoid)
    rows = []
    for template, lang, extra, count, fn in templates:
        for index in range(count):
            attempt = 0
            while True:
                rng = random.Random("blind25:%s:%s:%s:%d:%d" % (set_name, template, lang, index, attempt))
                text = fn(rng).strip()
                key = norm(text)
                if 1 <= len(text) <= max_len and key not in seen and sha1(text) not in bad:
                    break
                attempt += 1
                if attempt > 400:
                    raise SystemExit("template %s/%s cannot draw row %d" % (template, lang, index))
            seen.add(key)
            rows.append((template, lang, extra, text))
    random.Random("blind25:%s:order" % set_name).shuffle(rows)
    return rows


def write(filename, rows, label, kind_of):
    """Writes rows as JSON lines: text, label, kind, [category], lang, group."""
    path = os.path.join(HERE, filename)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for template, lang, extra, text in rows:
            obj = {"text": text, "label": label, "kind": kind_of(extra)}
            if "category" in extra:
                obj["category"] = extra["category"]
            obj["lang"] = lang
            obj["group"] = "%s/%s" % (template, lang)
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return path


def summary(rows, field_of):
    """Prints counts by language, by field, lengths and template shares (no scoring)."""
    n = len(rows)
    by = {}
    for template, lang, extra, text in rows:
        for key in ("lang:" + lang, field_of(extra), "tpl:" + template):
            by[key] = by.get(key, 0) + 1
    lens = [len(r[3]) for r in rows]
    print("rows", n, "templates", len([k for k in by if k.startswith("tpl:")]),
          "max template", max(v for k, v in by.items() if k.startswith("tpl:")), "limit", round(0.04 * n))
    print({k: v for k, v in sorted(by.items()) if not k.startswith("tpl:")})
    print("len min", min(lens), "max", max(lens), "<80:", sum(l < 80 for l in lens),
          ">500:", sum(l > 500 for l in lens), ">1000:", sum(l > 1000 for l in lens))


# small helpers for the generators
def cap(s):
    return s[:1].upper() + s[1:]


def maybe(rng, s, p=0.5):
    return s if rng.random() < p else ""


def casual(rng, text):
    """Everyday typing: sometimes lower-case start, sometimes a dropped final full stop."""
    if rng.random() < 0.25:
        text = text[:1].lower() + text[1:]
    if rng.random() < 0.2 and text.endswith("."):
        text = text[:-1]
    return text
