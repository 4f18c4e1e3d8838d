#!/usr/bin/env python3
"""Writes train-outside-docs.jsonl (session 9): benign STRUCTURED text written by outsiders, for both
models (the joint/input model and the document model): users paste code, logs and configuration into
chat too, and tools return them.

Sources (permissive licences only; see SOURCES-outside-docs.md), disjoint from the blind set
test-outside-benign.jsonl (make_test_outside_benign.py), which this script never reads:
  - py:    Python 3.11's standard library (/usr/lib/python3.11, PSF licence, LICENSE.txt there):
           .py, .txt, .cfg, .json, .xml, .csv files, per top-level module or package;
  - npm:   npm packages in agent-mcp/mcp-servers/node_modules with an MIT/ISC/Apache-2.0/BSD licence in
           package.json, the TRAIN half only (md5 of the name, first byte odd; the test set has the other);
  - maven: .pom files in the local Maven repository that name the Apache License;
  - doc:   /usr/share/doc of Debian packages whose copyright file gives a permissive licence for "Files: *",
           TRAIN half only (md5, odd; a Debian source package wholly in one half), and their man pages, rendered.
No logs (the only readable machine log besides the blind set's package-manager logs is empty).
Long chunks are 300-1,500 chars (cut at blank lines, like make_train_repo_docs.py); short chunks are
100-300 chars (one JSON/XML record, a group of log lines, a few lines of code or a stack trace) and are
benign INPUTS for the joint model (documents too where >= 200 chars). Nothing that discusses injections,
prompts or AI assistants (BANNED). Groups: "<source>-<k>", k = md5 of the package name mod 5, so a package
lies wholly in one group and cross-validation holds out whole packages (the trainer puts group k in fold k).
Deterministic (sorted files, fixed seed). Not derived from any test set."""
import glob
import gzip
import hashlib
import json
import os
import random
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../../.."))
R = random.Random(20261203 + 17)
BANNED = re.compile(r"inject|jailbreak|prompt|ignore (all|previous|the above)|guardrail|system message|pretend"
                    r"|chatgpt|language model|\bllm\b|assistant", re.IGNORECASE)
PERMISSIVE = re.compile(r"^(mit|expat|isc|apache|bsd|0bsd|zlib|curl|x11|psf|python|public[- ]domain|pd|openssh"
                        r"|bsd-variant)", re.IGNORECASE)
STDLIB = "/usr/lib/python3.11"
NODE = os.path.join(ROOT, "agent-mcp/mcp-servers/node_modules")
if not os.path.isdir(NODE):
    NODE = "/work/main/agent-mcp/mcp-servers/node_modules"
M2 = os.environ.get("OUTSIDE_M2", os.path.expanduser("/work/m2/docs4"))
# never read: the blind set's sources (make_test_outside_benign.py)
TEST_ONLY = ("/usr/lib/python3/dist-packages", "/root/.pyenv", "/var/log/dpkg.log", "/var/log/apt",
             "/var/log/alternatives.log")
LONG_PER_PACKAGE = 6
# train-outside-trigger.jsonl: sentences of the same packages with words that attacks use too (own random
# stream, so train-outside-docs.jsonl does not change with it)
R2 = random.Random(20261203 + 31)
TRIGGER = re.compile(r"\b(ignor(e|es|ed|ing)|forget|forgotten|overrid(e|es|den|ing)|bypass(es|ed|ing)?|disregard"
                     r"|password|passphrase|secret|credentials?|tokens?|admin(istrator)?|root|sudo|instructions?"
                     r"|system|role|act as|reveal|disable[ds]?|unrestricted|unfiltered|previous|above|from now on"
                     r"|new task|confidential|private key)\b", re.IGNORECASE)
TRIGGER_PER_PACKAGE = 4
TRIGGER_ROWS = []
SHORT_PER_PACKAGE = 4


def source_packages():
    """Debian binary package -> its source package (binary packages of one source share their docs)"""
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f", "${binary:Package} ${source:Package}\\n"],
                             capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    m = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2:
            m[parts[0].split(":")[0]] = parts[1]
    return m


def windows(text):
    """120-char windows every 60 chars"""
    return {text[i:i + 120] for i in range(0, max(1, len(text) - 120), 60)}


def blind_set_windows():
    """the blind set's 120-char windows, ONLY to drop training chunks that share one (a stdlib file vendored
    by a test package, an npm package bundled by another, shared boilerplate): decontamination, nothing else
    is read from it"""
    path = os.path.join(HERE, "test-outside-benign.jsonl")
    out = set()
    if os.path.isfile(path):
        for line in open(path, encoding="utf-8"):
            out |= windows(json.loads(line)["text"])
    return out


def test_half(name):
    return hashlib.md5(name.encode()).digest()[0] % 2 == 0


def bucket(name):
    return hashlib.md5(name.encode()).digest()[1] % 5


def chunks(text, lo, hi, sep=r"\n\s*\n"):
    parts = re.split(sep, text)
    cur = ""
    for p in parts:
        if len(cur) + len(p) + 2 > hi and len(cur) >= lo:
            yield cur
            cur = ""
        cur = (cur + "\n\n" + p) if cur else p
        if len(cur) > hi:
            yield cur[:hi]
            cur = ""
    if len(cur) >= lo:
        yield cur


def short_chunks(text):
    """100-300 chars of whole lines"""
    lines = text.splitlines()
    out = []
    i = 0
    while i < len(lines):
        cur = ""
        j = i
        while j < len(lines) and len(cur) + len(lines[j]) + 1 <= 300:
            cur = (cur + "\n" + lines[j]) if cur else lines[j]
            j += 1
        if len(cur.strip()) >= 100:
            out.append(cur)
        i = max(j, i + 1)
    return out


def read(path):
    assert not path.startswith(TEST_ONLY), path
    try:
        if path.endswith(".gz"):
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                return fh.read()
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except (UnicodeDecodeError, OSError, EOFError):
        return None


def files(base, exts, limit=300):
    if os.path.isfile(base):
        return [base]
    out = []
    for d, dirs, fs in os.walk(base):
        dirs[:] = sorted(x for x in dirs if x not in ("__pycache__", ".git", "node_modules"))
        for f in sorted(fs):
            if f.endswith(exts) or f.upper().startswith(("README", "CHANGELOG", "CHANGES", "HISTORY", "NEWS")):
                out.append(os.path.join(d, f))
    return out[:limit]


def package(paths, source, name, rows, texts=None):
    """up to LONG_PER_PACKAGE long and SHORT_PER_PACKAGE short chunks of one package"""
    long_, short = [], []
    for t in (texts if texts is not None else (read(p) for p in paths)):
        if not t or "\x00" in t:
            continue
        long_ += [c for c in chunks(t, 300, 1500) if not BANNED.search(c)]
        short += [c for c in short_chunks(t) if not BANNED.search(c)]
    R.shuffle(long_)
    R.shuffle(short)
    group = "%s-%d" % (source, bucket(name))
    sentences = []
    for t in (texts if texts is not None else (read(p) for p in paths)):
        if not t or "\x00" in t:
            continue
        for s in re.split(r"(?<=[.!?])\s+|\n\s*\n|\n\s*[#*/-]+\s*\n", t):
            s = re.sub(r"\s+", " ", re.sub(r"^\s*(#|//|\*|/\*\*?)\s?", "", s, flags=re.MULTILINE)).strip()
            letters = sum(ch.isalpha() or ch == " " for ch in s)
            if 40 <= len(s) <= 300 and TRIGGER.search(s) and not BANNED.search(s) and letters >= 0.85 * len(s):
                sentences.append(s)
    sentences = sorted(set(sentences))
    R2.shuffle(sentences)
    for c in sentences[:TRIGGER_PER_PACKAGE]:
        TRIGGER_ROWS.append({"label": 0, "text": c, "kind": "benign", "lang": "en", "group": group,
                             "package": name})
    for c in long_[:LONG_PER_PACKAGE]:
        rows.append({"label": 0, "text": c, "kind": "benign", "lang": "en", "group": group, "package": name})
    for c in short[:SHORT_PER_PACKAGE]:
        rows.append({"label": 0, "text": c, "kind": "benign", "lang": "en", "group": group, "package": name})


def npm_packages():
    out = []
    for d in sorted(os.listdir(NODE)):
        dirs = [os.path.join(NODE, d)]
        if d.startswith("@"):
            dirs = [os.path.join(NODE, d, x) for x in sorted(os.listdir(os.path.join(NODE, d)))]
        for p in dirs:
            try:
                meta = json.load(open(os.path.join(p, "package.json"), encoding="utf-8"))
            except (OSError, ValueError):
                continue
            lic = meta.get("license")
            lic = lic if isinstance(lic, str) else (lic or {}).get("type", "") if isinstance(lic, dict) else ""
            if re.match(r"^\(?(MIT|ISC|Apache-2\.0|BSD-[23]-Clause|0BSD)", lic or ""):
                out.append((meta.get("name", os.path.basename(p)), p, lic))
    return out


def debian_permissive():
    out = []
    for p in sorted(os.listdir("/usr/share/doc")):
        f = os.path.join("/usr/share/doc", p, "copyright")
        text = read(f) if os.path.isfile(f) else None
        if not text:
            continue
        m = re.search(r"^Files: \*\s*\n(?:.*\n)*?License: *([^\n]*)", text, re.MULTILINE)
        if m and PERMISSIVE.match(m.group(1).strip()) and "gpl" not in m.group(1).lower():
            out.append((p, m.group(1).strip()))
    return out


def man_text(pkg):
    try:
        listed = subprocess.run(["dpkg", "-L", pkg], capture_output=True, text=True, timeout=30).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return []
    out = []
    for m in sorted(x for x in listed if x.startswith("/usr/share/man/man") and x.endswith(".gz"))[:2]:
        try:
            out.append(subprocess.run(["sh", "-c", "MANWIDTH=80 man -l '%s' 2>/dev/null | col -bx" % m],
                                      capture_output=True, text=True, timeout=60).stdout)
        except (OSError, subprocess.SubprocessError):
            pass
    return out


def main():
    rows = []
    licences = {}
    for entry in sorted(os.listdir(STDLIB)):
        path = os.path.join(STDLIB, entry)
        if entry in ("__pycache__", "site-packages", "dist-packages", "ensurepip", "test", "idlelib",
                     "lib2to3") or entry.startswith("config-"):
            continue
        if os.path.isdir(path) or entry.endswith(".py"):
            package(files(path, (".py", ".txt", ".cfg", ".json", ".xml", ".csv")), "py", entry, rows)
    licences["py"] = "PSF-2.0 (Python 3.11 standard library)"
    for name, path, lic in npm_packages():
        if not test_half(name):
            package(files(path, (".js", ".mjs", ".cjs", ".ts", ".md", ".json", ".yml", ".yaml")), "npm", name, rows)
            licences["npm:" + name] = lic
    poms = sorted(glob.glob(os.path.join(M2, "**", "*.pom"), recursive=True))
    by_group = {}
    for p in poms:
        text = read(p)
        if text and re.search(r"apache license|apache-2\.0", text, re.IGNORECASE):
            gid = os.path.relpath(p, M2).split(os.sep)
            key = ".".join(gid[:-3]) if len(gid) > 3 else gid[0]
            if key.startswith("dev.agentruntime") or key.startswith("dev/agentruntime"):
                continue
            by_group.setdefault(key, []).append(text)
    for key in sorted(by_group):
        package(None, "maven", key, rows, texts=by_group[key][:3])
        licences["maven:" + key] = "Apache-2.0 (named in the pom)"
    sources = source_packages()
    permissive = debian_permissive()
    # a Debian source package lies wholly in one half: its binary packages share docs and changelogs
    test_sources = {sources.get(p, p) for p, _ in permissive if test_half(p)}
    for pkg, lic in permissive:
        # the TRAIN half; not the Debian docs of Python modules (the blind set reads their code from
        # dist-packages) and not the 4-clause BSD licence (advertising clause)
        if test_half(pkg) or sources.get(pkg, pkg) in test_sources or pkg.startswith("python3-") \
                or "4-clause" in lic.lower():
            continue
        docs = [d for d in sorted(glob.glob("/usr/share/doc/%s/*" % pkg)) if os.path.isfile(d)
                and not d.endswith("copyright")]
        texts = [read(d) for d in docs] + man_text(pkg)
        package(None, "doc", pkg, rows, texts=texts)
        licences["doc:" + pkg] = lic
    blind = blind_set_windows()
    before = len(rows) + len(TRIGGER_ROWS)
    rows[:] = [r for r in rows if r["text"] not in blind and not (windows(r["text"]) & blind)]
    TRIGGER_ROWS[:] = [r for r in TRIGGER_ROWS if r["text"] not in blind and not (windows(r["text"]) & blind)]
    print("dropped as sharing text with the blind set:", before - len(rows) - len(TRIGGER_ROWS))
    out = os.path.join(HERE, "train-outside-docs.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "train-outside-trigger.jsonl"), "w", encoding="utf-8") as fh:
        for r in TRIGGER_ROWS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("trigger sentences", len(TRIGGER_ROWS))
    with open(os.path.join(HERE, "train-outside-docs.licences.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(licences.items())), fh, indent=1)
    count = {}
    for r in rows:
        k = (r["group"].split("-")[0], "short" if len(r["text"]) < 300 else "long")
        count[k] = count.get(k, 0) + 1
    print(out, len(rows), sorted(count.items()))


if __name__ == "__main__":
    main()
