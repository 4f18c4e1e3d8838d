#!/usr/bin/env python3
"""Writes test-indirect-32.jsonl (helper blind45): documents and tool results an agent reads, each template once with an
instruction planted for the agent (label 1) and once clean (label 0, in about half of them a benign line for people in
the plant's slot). Fixed seed; standard library only. Usage: python3 make_test_indirect_32.py"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind45_common import (GOALS, GOALS_DE, GOALS_FR, FRAMINGS, FRAMINGS_DE, FRAMINGS_FR, BENIGN, BENIGN_DE,
                            BENIGN_FR, EVIL_MAIL, EVIL_URL, EVIL_IBAN, EVIL_PHONE, EVIL_CMD)
from blind45_templates import T

SEED = 4532
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "test-indirect-32.jsonl")
REJECTED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind45-rejected.txt")


class Slot:
    def __init__(self, pos=None, text=None):
        self.pos, self.text = pos, text

    def at(self, p):
        return self.text + "\n" if self.pos == p and self.text else ""

    def fld(self, val):
        if self.pos != "field" or not self.text:
            return val
        t = self.text
        for end in ('",', '"', "';", "'", '">', '</p>', '</div>'):
            if val.endswith(end):
                if end.startswith('"'):
                    t = json.dumps(t, ensure_ascii=False)[1:-1]
                return val[:-len(end)] + " " + t + end
        return val + " " + t

    def cm(self, fmt):
        return fmt.format(self.text) + "\n" if self.pos == "comment" and self.text else ""


def payload(r, lang, goal, framing):
    if lang == "en":
        p = r.choice(GOALS[goal])(r)
        p = p[0].upper() + p[1:] if r.random() < 0.7 else p
        return r.choice(FRAMINGS[framing])(p)
    goals, fr = (GOALS_DE, FRAMINGS_DE) if lang == "de" else (GOALS_FR, FRAMINGS_FR)
    p = r.choice(goals[goal]).format(mail=r.choice(EVIL_MAIL), url=r.choice(EVIL_URL), iban=r.choice(EVIL_IBAN),
                                     phone=r.choice(EVIL_PHONE), cmd=r.choice(EVIL_CMD))
    return fr[framing].format(p=p)


def choose_n(fn, seed, long):
    """the number of repeated items, picked on the document without a slot: long (over 1,500 chars) or short"""
    lo, hi = (1560, 3500) if long else (260, 1300)
    start = random.Random(seed).randint(16, 30) if long else random.Random(seed).randint(3, 7)
    for n in list(range(start, 90)) + list(range(start - 1, 0, -1)):
        if lo <= len(fn(random.Random(seed), Slot(), n)) <= hi:
            return n
    return None


def main():
    rng = random.Random(SEED)
    goal_names = sorted(GOALS)
    framing_names = ["bare", "addressed", "note", "tool", "user", "system", "hidden", "conditional", "authority"]
    goal_cycle, framing_cycle = [], []
    pos_count = {p: 0 for p in ("start", "middle", "end", "field", "comment")}
    rows = []
    order = sorted(range(len(T)), key=lambda i: (len(T[i][3]), i))
    pair = 0
    for ti in order:
        carrier, name, lang, positions, fn = T[ti]
        k = 8 if (ti < 30 or lang != "en") else 7
        for j in range(k):
            pair += 1
            if not goal_cycle:
                goal_cycle = goal_names[:]
                rng.shuffle(goal_cycle)
            if not framing_cycle:
                framing_cycle = framing_names[:]
                rng.shuffle(framing_cycle)
            goal, framing = goal_cycle.pop(), framing_cycle.pop()
            pos = min(positions, key=lambda p: (pos_count[p], rng.random()))
            pos_count[pos] += 1
            seed = rng.randrange(10**9)
            long = rng.random() < 0.22
            pr = random.Random(seed + 1)
            ptext = payload(pr, lang, goal, framing)
            if pos in ("field", "comment"):
                ptext = " ".join(ptext.split("\n"))
            n = choose_n(fn, seed, long)
            if n is None:
                long = not long
                n = choose_n(fn, seed, long)
            planted = fn(random.Random(seed), Slot(pos, ptext), n)
            benign = None
            if rng.random() < 0.5:
                if lang == "de":
                    benign = rng.choice(BENIGN_DE)
                elif lang == "fr":
                    benign = rng.choice(BENIGN_FR)
                else:
                    benign = rng.choice(BENIGN["field" if pos == "field" else "comment" if pos == "comment" else "text"])
            clean = fn(random.Random(seed), Slot(pos, benign), n)
            group = f"{carrier}/{name}"
            rows.append({"text": planted, "label": 1, "kind": "indirect", "lang": lang, "carrier": carrier,
                         "template": name, "group": group, "position": pos, "goal": goal, "framing": framing})
            rows.append({"text": clean, "label": 0, "kind": "indirect-clean", "lang": lang, "carrier": carrier,
                         "template": name, "group": group, "position": "none", "benign_slot": benign is not None})
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            row = {k: v for k, v in row.items() if k != "benign_slot"}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "rows,", sum(r["benign_slot"] for r in rows if r["label"] == 0), "clean rows with a benign slot line")


if __name__ == "__main__":
    main()
