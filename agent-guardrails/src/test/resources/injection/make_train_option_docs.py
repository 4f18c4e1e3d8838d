#!/usr/bin/env python3
"""Writes train-option-docs.jsonl (session 10, second round): benign structured text WITH trigger words of
the TRAINING outside packages, for the document model only (InjectionModelTrainer, -Dtrain.optionDocs and
-Dtrain.triggerLists).

Why: planted direct attacks (train-planted-docs.jsonl) teach the document model that "password", "token"
and "override previous settings" in one window look like a planted secret-extraction attack, so a CLI help
text with --password-file, --token and --override is flagged. Real option lists, man pages' OPTIONS
sections, configuration files with comments and help outputs that use those words are rare in
train-outside-docs.jsonl (5 chunks); these rows add them.

Sources (only packages train-outside-docs.jsonl already reads, so only its TRAINING half; the same
licences, listed in train-outside-docs.licences.json):
  - the man pages (all of them, rendered with MANWIDTH=80 man -l | col -bx) of the Debian packages of
    that file's train half ("doc:<package>" in the licences file);
  - the --help output of those packages' programs in /usr/bin and /usr/sbin (run with COLUMNS=80);
  - their text configuration files under /etc (dpkg -L);
  - the --help output of the Python 3.11 standard library's command-line modules (python3.11 -m X --help).
Never read: anything make_test_outside_benign.py reads (dist-packages, pyenv, package-manager logs, the test
half of the Debian packages).

Cut into blocks of whole paragraphs (200-1,200 chars); kept only blocks with a trigger word (the
TRIGGER pattern of make_train_outside_docs.py) and none of its BANNED words (injections, prompts,
assistants); at most PER_PACKAGE blocks per package (a fixed random choice). Each row's carrier and payload
group is the package's cross-validation group in train-outside-docs.jsonl ("doc-k" / "py-k"), so a row
trains a fold's document model only when its package lies in another fold, as the outside rows do.

Trigger lists (kind benign-trigger-list, LISTS rows, own random stream R2, -Dtrain.triggerLists): 3-8
sentences of train-outside-trigger.jsonl of ONE cross-validation group, laid out as a list (bullets, comment
lines, changelog entries, indented or numbered lines), so that one window holds several trigger words as option
lists and configuration comments do. Nothing new is read for them.

Decontamination: drops any block that shares a 40-char window with a held-out text (our test-*.jsonl);
InjectionPlantedDataTest checks it. Deterministic (fixed seed, sorted inputs).

Usage: python3 make_train_option_docs.py"""
import hashlib
import json
import os
import random
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261203 + 47)
PER_PACKAGE = 40
R2 = random.Random(20261203 + 53)
LISTS = 1200
BANNED = re.compile(r"inject|jailbreak|prompt|ignore (all|previous|the above)|guardrail|system message|pretend"
                    r"|chatgpt|language model|\bllm\b|assistant", re.IGNORECASE)
TRIGGER = re.compile(r"\b(ignor(e|es|ed|ing)|forget|forgotten|overrid(e|es|den|ing)|bypass(es|ed|ing)?|disregard"
                     r"|password|passphrase|secret|credentials?|tokens?|admin(istrator)?|root|sudo|instructions?"
                     r"|system|role|act as|reveal|disable[ds]?|unrestricted|unfiltered|previous|above|from now on"
                     r"|new task|confidential|private key)\b", re.IGNORECASE)
PY_CLIS = ["ast", "base64", "calendar", "compileall", "cProfile", "dis", "ensurepip", "filecmp", "gzip",
           "http.server", "json.tool", "mimetypes", "pdb", "pickle", "pickletools", "platform", "profile",
           "py_compile", "pydoc", "quopri", "site", "smtpd", "sqlite3", "tarfile", "timeit", "tokenize", "trace",
           "unittest", "uuid", "venv", "webbrowser", "zipapp", "zipfile"]


def run(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=30,
                           env=dict(os.environ, COLUMNS="80", MANWIDTH="80", LC_ALL="C"), stdin=subprocess.DEVNULL)
        return p.stdout + ("\n" + p.stderr if len(p.stdout) < 100 else "")
    except (OSError, subprocess.SubprocessError, UnicodeDecodeError):
        return ""


def blocks(text, lo=200, hi=1200):
    text = re.sub(r"[ \t]+\n", "\n", text.replace("\r", ""))
    cur = ""
    for p in re.split(r"\n\s*\n", text):
        if not p.strip():
            continue
        if cur and len(cur) + len(p) + 2 > hi:
            if len(cur) >= lo:
                yield cur
            cur = ""
        cur = (cur + "\n\n" + p) if cur else p
        if len(cur) > hi:
            cut = cur.rfind("\n", 0, hi)
            if cut >= lo:
                yield cur[:cut]
            cur = ""
    if len(cur) >= lo:
        yield cur


def norm(t):
    return re.sub(r"\s+", " ", t.lower()).strip()


def windows(t, size=40, step=1):
    t = norm(t)
    return {t[i:i + size] for i in range(0, max(1, len(t) - size + 1), step)}


def main():
    group = {}
    for name in ("train-outside-docs.jsonl", "train-outside-trigger.jsonl"):
        for line in open(os.path.join(HERE, name), encoding="utf-8"):
            r = json.loads(line)
            group[r["package"]] = r["group"]
    licences = json.load(open(os.path.join(HERE, "train-outside-docs.licences.json"), encoding="utf-8"))
    held = set()
    for name in sorted(os.listdir(HERE)):
        if name.startswith("test-") and name.endswith(".jsonl"):
            for line in open(os.path.join(HERE, name), encoding="utf-8"):
                held |= windows(json.loads(line)["text"], 40, 1)
    texts = {}  # package -> [(what, text)]
    for key in sorted(licences):
        if not key.startswith("doc:"):
            continue
        pkg = key[4:]
        if pkg not in group:
            continue
        listed = run(["dpkg", "-L", pkg]).split()
        for m in sorted(x for x in listed if x.startswith("/usr/share/man/man") and x.endswith(".gz")):
            texts.setdefault(pkg, []).append(("man " + os.path.basename(m), run(["sh", "-c", "man -l '%s' 2>/dev/null | col -bx" % m])))
        for b in sorted(x for x in listed if re.match(r"^/usr/s?bin/[^/]+$", x)):
            if os.path.basename(b) in ("chromium",):  # starts a browser on --help
                continue
            texts.setdefault(pkg, []).append(("help " + os.path.basename(b), run([b, "--help"])))
        for f in sorted(x for x in listed if x.startswith("/etc/") and os.path.isfile(x)):
            try:
                texts.setdefault(pkg, []).append(("config " + f, open(f, encoding="utf-8").read()))
            except (OSError, UnicodeDecodeError):
                pass
    for mod in PY_CLIS:
        top = mod.split(".")[0]
        pkg = top if top in group else top + ".py"
        if pkg not in group:
            continue
        texts.setdefault(pkg, []).append(("help python -m " + mod, run(["python3.11", "-m", mod, "--help"])))
    rows = []
    counts = {}
    for pkg in sorted(texts):
        kept = []
        seen = set()
        for what, text in texts[pkg]:
            for b in blocks(text):
                if not TRIGGER.search(b) or BANNED.search(b) or norm(b) in seen:
                    continue
                if windows(b, 40, 1) & held:
                    continue
                seen.add(norm(b))
                kept.append((what, b))
        R.shuffle(kept)
        kept = sorted(kept[:PER_PACKAGE])
        counts[pkg] = len(kept)
        for what, b in kept:
            rows.append({"label": 0, "text": b, "kind": "benign-option-doc", "lang": "en", "carrier": "outside",
                         "carrier_group": "own/outside:" + group[pkg], "payload_group": "own/outside:" + group[pkg],
                         "payload": b, "package": pkg, "what": what})
    # trigger lists (own random stream): 3-8 sentences of train-outside-trigger.jsonl of ONE cross-validation
    # group, laid out as a list (bullets, comment lines, changelog entries, indented lines, numbered), so that
    # one window holds several trigger words, as option lists and configuration comments do
    by_group = {}
    for line in open(os.path.join(HERE, "train-outside-trigger.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        if not BANNED.search(r["text"]) and not (windows(r["text"], 40, 1) & held):
            by_group.setdefault(r["group"], []).append(r["text"])
    layouts = [lambda i, t: "- " + t, lambda i, t: "# " + t, lambda i, t: "  * " + t, lambda i, t: "    " + t,
               lambda i, t: "%d. %s" % (i + 1, t), lambda i, t: "// " + t]
    groups = sorted(by_group)
    for n in range(LISTS):
        g = groups[R2.randrange(len(groups))]
        k = min(len(by_group[g]), R2.randint(3, 8))
        picked = R2.sample(by_group[g], k)
        lay = layouts[R2.randrange(len(layouts))]
        text = "\n".join(lay(i, t) for i, t in enumerate(picked))
        if len(text) < 200:
            continue
        rows.append({"label": 0, "text": text, "kind": "benign-trigger-list", "lang": "en", "carrier": "outside",
                     "carrier_group": "own/outside:" + g, "payload_group": "own/outside:" + g, "payload": text,
                     "package": g, "what": "trigger list"})
    with open(os.path.join(HERE, "train-option-docs.jsonl"), "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows;", counts)


if __name__ == "__main__":
    main()
