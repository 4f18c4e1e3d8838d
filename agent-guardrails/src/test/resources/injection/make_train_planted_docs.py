#!/usr/bin/env python3
"""Writes train-planted-docs.jsonl (session 10): DIRECT attacks of training sources planted in benign
training documents, for the document model only (InjectionModelTrainer, -Dtrain.plantedDocs).

Why: since session 9 long documents are decided by the document model and the rules alone (the input
model's document calibration lies 50 logits lower), so "ignore your instructions and ..." inside a file
is no longer lifted by the input model, which learned it as an input. These rows teach the document
model such attacks inside code, configuration, logs, pages and e-mails.

Carriers (benign training documents, 300-1,500 chars, never a held-out source):
  - corpus: the training corpus's benign documents (kind benign) of TRAINING sources (InjectionData's
    split: not CLINC, AlpacaEval, FastChat, Open-Assistant, Giskard, HouYi, AgentDojo);
  - outside: the long chunks of train-outside-docs.jsonl (session 9; Python stdlib, Apache poms, npm
    train half, Debian docs train half);
  - repo: train-repo-docs.jsonl (this repository's own code and configuration).
Payloads (label 1): direct attacks (kind direct, 15-500 chars) of TRAINING sources only: the corpus's
Arcanum-Sec taxonomy, Agent Security Bench's direct attacks and pint-benchmark's, deepset's training
half (Java String.hashCode even, as InjectionData.deepsetTestFold), our train-own.jsonl,
corpus/injection.jsonl and the French attacks of train-french.jsonl. Never garak's direct attacks,
pallms, latent-jailbreak, llm-guard (held out), never AgentDojo.
Benign plants (label 0, "benign-planted"): short benign texts (20-200 chars) of training sources
(requests, questions, our hard negatives) planted the same way, so that neither the wrapper nor an
imperative line inside data is the signal.
Benign trigger plants (label 0, "benign-planted-trigger", appended after the rows above with their own random
stream): sentences of train-outside-trigger.jsonl (outside packages' option lists, configuration and prose
with "ignore", "override", "password", "token", ...) planted the same way.

Planting: at a random line boundary (or the start / the end) of the carrier, in one of several wrappers
matched loosely to what files hold: a code comment (#, //, /* */, <!-- -->), a string value in code, a
markdown quote / note / list item / heading, a log line, a JSON or YAML value, an e-mail, a CSV cell,
or the plain text.

Decontamination: this script reads the held-out texts (our test-*.jsonl files, and the corpus rows and
deepset half InjectionData holds out) ONLY to drop any payload that equals or shares a 40-char window
with one of them, and any carrier that shares a 120-char window with one of them;
InjectionPlantedDataTest checks both.

Each row records carrier_group and payload_group (the cross-validation groups the trainer uses): a
planted row trains the document model of a fold only when neither its carrier's nor its payload's group
lies in that fold. Deterministic (fixed seed, sorted inputs). Not derived from any test set.

Usage: python3 make_train_planted_docs.py [evaldata dir]   (default: ../shared/evaldata of the project)"""
import glob
import json
import math
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../../.."))
EVALDATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "../shared/evaldata")
R = random.Random(20261203 + 10)
ATTACKS = 2400
BENIGN = 1200
TRIGGER = 1200

TEST_SOURCES = {"mik0w/pallms", "qiuhuachuan/latent-jailbreak", "protectai/llm-guard",
                "ethz-spylab/agentdojo (fork sequrity-ai/agentdojo)", "clinc/oos-eval", "tatsu-lab/alpaca_eval",
                "lm-sys/FastChat", "LAION-AI/Open-Assistant", "Giskard-AI/giskard", "LLMSecurity/HouYi"}
DEEPSET = "deepset/prompt-injections"


def java_hash(s):
    h = 0
    data = s.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h = (31 * h + (data[i] | data[i + 1] << 8)) & 0xFFFFFFFF
    return h


def held_out(source, kind, text):
    if source in TEST_SOURCES:
        return True
    if source == "NVIDIA/garak" and kind == "direct":
        return True
    return source == DEEPSET and java_hash(text) & 1 == 1


def group(source, kind):
    """InjectionData.Row.group()"""
    if source != "NVIDIA/garak":
        return source
    return source + ":" + kind if kind in ("direct", "jailbreak") else source + ":latent"


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


corpus = []  # (text, label, kind, group, held out)
for r in read(os.path.join(EVALDATA, "injection-train/train.jsonl")):
    corpus.append((r["text"], r["label"], r["kind"], group(r["source"], r["kind"]),
                   held_out(r["source"], r["kind"], r["text"])))
for path in sorted(glob.glob(os.path.join(EVALDATA, "prompt-injection-deepset/train-*.jsonl"))):
    for r in read(path):
        corpus.append((r["text"], r["label"], "direct" if r["label"] == 1 else "benign", DEEPSET,
                       held_out(DEEPSET, "", r["text"])))


def own(name, source):
    out = []
    for r in read(os.path.join(HERE, name)):
        kind = r.get("kind", "direct" if r["label"] == 1 else "benign")
        g = source + ":" + r["group"] if "group" in r else source
        out.append((r["text"], r["label"], kind, g, False))
    return out


own_rows = own("../corpus/injection.jsonl", "own/corpus") + own("train-own.jsonl", "own/train") \
    + own("train-french.jsonl", "own/french") + own("train-hard-negatives.jsonl", "own/hard")
outside = [r for r in own("train-outside-docs.jsonl", "own/outside") if 300 <= len(r[0]) <= 1500]
repo = own("train-repo-docs.jsonl", "own/repo")

# the held-out texts, read only to decontaminate
tests = [t for (t, _, _, _, h) in corpus if h]
for path in sorted(glob.glob(os.path.join(HERE, "test-*.jsonl"))):
    tests += [r["text"] for r in read(path)]


def norm(t):
    return re.sub(r"\s+", " ", t).strip().lower()


def windows(t, size, step):
    t = norm(t)
    return {t[i:i + size] for i in range(0, max(1, len(t) - size + 1), step)}


TEST_NORM = {norm(t) for t in tests}
TEST_40 = set()
TEST_120 = set()
for t in tests:
    TEST_40 |= windows(t, 40, 20)
    TEST_120 |= windows(t, 120, 60)


def shares(t, index, size):
    t = norm(t)
    if len(t) < size:
        return False
    return any(t[i:i + size] in index for i in range(len(t) - size + 1))


def clean_payload(t):
    return norm(t) not in TEST_NORM and not shares(t, TEST_40, 40)


payloads = [(t, g) for (t, label, kind, g, h) in corpus + own_rows
            if label == 1 and kind == "direct" and not h and 15 <= len(t) <= 500]
benign_texts = [(t, g) for (t, label, kind, g, h) in corpus + own_rows
                if label == 0 and not h and 20 <= len(t) <= 200]
carriers = {"corpus": [(t, g) for (t, label, kind, g, h) in corpus
                       if label == 0 and kind == "benign" and not h and 300 <= len(t) <= 1500],
            "outside": [(t, g) for (t, _, _, g, _) in outside],
            "repo": [(t, g) for (t, _, _, g, _) in repo]}
n0 = len(payloads), len(benign_texts), {k: len(v) for k, v in carriers.items()}
payloads = [p for p in payloads if clean_payload(p[0])]
benign_texts = [p for p in benign_texts if clean_payload(p[0])]
carriers = {k: [c for c in v if not shares(c[0], TEST_120, 120)] for k, v in carriers.items()}
print("before decontamination", n0, file=sys.stderr)
print("after", len(payloads), len(benign_texts), {k: len(v) for k, v in carriers.items()}, file=sys.stderr)


def by_group(items):
    out = {}
    for t, g in items:
        out.setdefault(g, []).append(t)
    return sorted(out.items())


PAYLOAD_GROUPS = by_group(payloads)
BENIGN_GROUPS = by_group(benign_texts)


def pick(groups):
    """a source with probability ~ sqrt(its size), then one of its texts"""
    w = [math.sqrt(len(v)) for _, v in groups]
    g, texts = R.choices(groups, weights=w)[0]
    return R.choice(texts), g


def one_line(t):
    return re.sub(r"\s*\n\s*", " ", t.strip())


SERVICES = ["api", "worker", "scheduler", "billing", "auth", "sync", "ingest", "mailer", "cron", "gateway"]
NAMES = ["Dana Whitfield", "Marco Rossi", "Priya Natarajan", "Tom Becker", "Aiko Tanaka", "Lena Novak",
         "Samir Haddad", "Grace Okafor", "Jonas Lindqvist", "Maria Gonzalez"]
KEYS = ["description", "note", "comment", "message", "summary", "remarks", "title", "body", "details"]


def wrap(t):
    one = one_line(t)
    k = R.randrange(16)
    if k == 0:
        return "# " + one
    if k == 1:
        return "// " + one
    if k == 2:
        return "/* " + one + " */"
    if k == 3:
        return "<!-- " + one + " -->"
    if k == 4:
        var = R.choice(["note", "msg", "description", "DEFAULT_TEXT", "help_text", "label"])
        return '%s = "%s"' % (var, one.replace('"', "'"))
    if k == 5:
        return "> " + one
    if k == 6:
        return R.choice(["**Note:** ", "**Important:** ", "NOTE: ", "P.S. "]) + one
    if k == 7:
        return "- " + one
    if k == 8:
        return "## " + one
    if k == 9:
        return "2024-%02d-%02dT%02d:%02d:%02dZ %s [%s] %s" % (
            R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59),
            R.choice(["INFO", "WARN", "DEBUG", "ERROR"]), R.choice(SERVICES), one)
    if k == 10:
        return '  "%s": "%s",' % (R.choice(KEYS), one.replace("\\", "\\\\").replace('"', '\\"'))
    if k == 11:
        return "%s: \"%s\"" % (R.choice(KEYS), one.replace('"', "'"))
    if k == 12:
        n = R.choice(NAMES)
        return "From: %s <%s@example.com>\nSubject: %s\n\n%s\n\n%s" % (
            n, n.split()[0].lower(), R.choice(["Re: update", "Quick question", "Follow-up", "FYI", "Notes"]),
            t.strip(), n.split()[0])
    if k == 13:
        return "%d,%s,\"%s\"" % (R.randint(100, 999), R.choice(SERVICES), one.replace('"', "'"))
    return t.strip()


def plant(carrier, line):
    lines = carrier.split("\n")
    where = R.random()
    if where < 0.15:
        at = 0
    elif where < 0.3:
        at = len(lines)
    else:
        at = R.randrange(1, max(2, len(lines)))
    return "\n".join(lines[:at] + [line] + lines[at:])


def carrier():
    kind = R.choices(["corpus", "outside", "repo"], weights=[0.4, 0.4, 0.2])[0]
    t, g = R.choice(carriers[kind])
    return kind, t, g


out = []
for label, n in ((1, ATTACKS), (0, BENIGN)):
    for _ in range(n):
        ckind, ctext, cgroup = carrier()
        ptext, pgroup = pick(PAYLOAD_GROUPS if label == 1 else BENIGN_GROUPS)
        out.append({"label": label, "text": plant(ctext, wrap(ptext)),
                    "kind": "indirect-planted" if label == 1 else "benign-planted", "lang": "en",
                    "carrier": ckind, "carrier_group": cgroup, "payload_group": pgroup, "payload": ptext})

# benign plants with trigger words (appended, own random stream, so the rows above do not change): sentences
# of train-outside-trigger.jsonl (outside packages' docs and code with "ignore", "override", "password",
# "token", "admin", ...: option lists, configuration, prose), planted the same way
R = random.Random(20261203 + 20)
trigger = [(t, g) for (t, _, _, g, _) in own("train-outside-trigger.jsonl", "own/outside") if clean_payload(t)]
TRIGGER_GROUPS = by_group(trigger)
for _ in range(TRIGGER):
    ckind, ctext, cgroup = carrier()
    ptext, pgroup = pick(TRIGGER_GROUPS)
    out.append({"label": 0, "text": plant(ctext, wrap(ptext)), "kind": "benign-planted-trigger", "lang": "en",
                "carrier": ckind, "carrier_group": cgroup, "payload_group": pgroup, "payload": ptext})

with open(os.path.join(HERE, "train-planted-docs.jsonl"), "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote %d rows (%d attacks, %d trigger plants of %d sentences)" % (len(out), ATTACKS, TRIGGER, len(trigger)),
      file=sys.stderr)
