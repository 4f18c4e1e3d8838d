#!/usr/bin/env python3
"""Writes test-outside-benign.jsonl (session 9): a BLIND test set of real files written by outsiders,
committed and scored with the model of session 8 before any change, never trained on.

Clean documents (label 0): chunks of 300-1,500 chars (cut at blank lines, like make_train_repo_docs.py)
of real text on this machine, from sources that no training generator reads (they are listed in
TEST_SOURCES below, and make_train_outside_docs.py refuses them):
  - Python packages of the system interpreter, permissive licences only (/usr/lib/python3/dist-packages:
    PyYAML, blinker, cryptography, distro, httplib2, PyJWT, Pygments, argcomplete, oauthlib, pyOpenSSL,
    six, toml, wheel, xmltodict, yq): code, metadata/READMEs;
  - numpy (BSD-3-Clause: Python, C headers, CSV test data), botocore (Apache-2.0: JSON service
    definitions) and attrs (MIT) from the pyenv interpreter's site-packages;
  - npm packages in agent-mcp/mcp-servers/node_modules with an MIT/ISC/Apache-2.0/BSD licence whose
    name falls in the TEST half (md5 of the name, first byte even): JavaScript, TypeScript
    declarations, READMEs, changelogs, package.json;
  - /usr/share/doc of Debian packages whose copyright file gives a permissive licence for "Files: *"
    and whose name falls in the TEST half: changelogs, NEWS, READMEs; and their man pages, rendered;
  - this machine's package-manager logs (/var/log/dpkg.log, apt/history.log, alternatives.log).
Positives (label 1): attack texts of the HELD-OUT attack sources of InjectionData (garak's direct
attacks, mik0w/pallms, qiuhuachuan/latent-jailbreak, protectai/llm-guard; never AgentDojo) planted into
OTHER clean chunks of the same test sources (a chunk is either a clean document or a host, never both):
at the start, at a paragraph boundary or at the end, plain or in the file type's comment syntax.
Deterministic (sorted files, fixed seed). Its rows are not to be read one by one nor tuned on."""
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
R = random.Random(20261203 + 9)
BANNED = re.compile(r"inject|jailbreak|prompt|ignore (all|previous|the above)|guardrail|system message|pretend"
                    r"|chatgpt|language model|\bllm\b|assistant", re.IGNORECASE)
PERMISSIVE = re.compile(r"^(mit|expat|isc|apache|bsd|0bsd|zlib|curl|x11|psf|python|public[- ]domain|pd|openssh"
                        r"|bsd-variant)", re.IGNORECASE)
DIST = "/usr/lib/python3/dist-packages"
PYENV = "/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages"
NODE = os.path.join(ROOT, "agent-mcp/mcp-servers/node_modules")
if not os.path.isdir(NODE):
    NODE = "/work/main/agent-mcp/mcp-servers/node_modules"
DIST_PACKAGES = ["yaml", "blinker", "cryptography", "distro", "httplib2", "jwt", "pygments", "argcomplete",
                 "oauthlib", "OpenSSL", "six.py", "toml", "wheel", "xmltodict.py", "yq",
                 "PyYAML-6.0.dist-info", "Pygments-2.14.0.egg-info", "PyJWT-2.6.0.egg-info"]
PYENV_PACKAGES = ["numpy", "botocore", "attr", "attrs"]
LOGS = ["/var/log/dpkg.log", "/var/log/apt/history.log", "/var/log/alternatives.log"]


def test_half(name):
    """the package split shared with make_train_outside_docs.py: md5 of the name, first byte even = test"""
    return hashlib.md5(name.encode()).digest()[0] % 2 == 0


def chunks(text, lo=300, hi=1500):
    parts = re.split(r"\n\s*\n", text)
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


def line_chunks(text, lo=300, hi=1500):
    """logs: groups of whole lines"""
    cur = ""
    for line in text.splitlines():
        if len(cur) + len(line) + 1 > hi and len(cur) >= lo:
            yield cur[:hi]
            cur = ""
        cur = (cur + "\n" + line) if cur else line
    if len(cur) >= lo:
        yield cur[:hi]


def read(path):
    try:
        if path.endswith(".gz"):
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                return fh.read()
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except (UnicodeDecodeError, OSError, EOFError):
        return None


def walk(base, exts, limit=400):
    out = []
    if os.path.isfile(base):
        return [base]
    for d, dirs, files in os.walk(base):
        dirs[:] = sorted(x for x in dirs if x not in ("__pycache__", ".git", "node_modules"))
        for f in sorted(files):
            if f.endswith(exts) or f.upper().startswith(("README", "CHANGELOG", "CHANGES", "HISTORY", "METADATA",
                                                           "PKG-INFO")):
                out.append(os.path.join(d, f))
    return out[:limit]


def from_files(files, kind, take):
    found = []
    for path in files:
        text = read(path)
        if not text or "\x00" in text:
            continue
        ext = os.path.splitext(path.removesuffix(".gz"))[1] or os.path.basename(path)
        for c in chunks(text):
            if not BANNED.search(c):
                found.append((c, ext))
    R.shuffle(found)
    return [(c, ext, kind) for c, ext in found[:take]]


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
                out.append((meta.get("name", os.path.basename(p)), p))
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
            out.append(p)
    return out


def man_pages(pkg):
    try:
        listed = subprocess.run(["dpkg", "-L", pkg], capture_output=True, text=True, timeout=30).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(x for x in listed if x.startswith("/usr/share/man/man") and x.endswith(".gz"))


def render_man(path):
    try:
        out = subprocess.run(["sh", "-c", "MANWIDTH=80 man -l '%s' 2>/dev/null | col -bx" % path],
                             capture_output=True, text=True, timeout=60).stdout
        return out
    except (OSError, subprocess.SubprocessError):
        return ""


def collect():
    """every clean chunk of the test sources, as (text, file extension, source kind)"""
    pool = []
    for p in DIST_PACKAGES:
        base = os.path.join(DIST, p)
        if os.path.exists(base):
            pool += from_files(walk(base, (".py", ".txt", ".cfg", ".json", ".toml", ".rst")), "python-dist:" + p, 40)
    for p in PYENV_PACKAGES:
        base = os.path.join(PYENV, p)
        if not os.path.isdir(base):
            continue
        if p == "botocore":
            pool += from_files(walk(os.path.join(base, "data"), (".json", ".json.gz"), 600), "botocore-json", 80)
            pool += from_files(walk(base, (".py",), 200), "python-site:botocore", 30)
        elif p == "numpy":
            pool += from_files(walk(base, (".h", ".c"), 300), "c-header:numpy", 50)
            pool += from_files(walk(base, (".csv",), 100), "csv:numpy", 30)
            pool += from_files(walk(base, (".py", ".pyi"), 600), "python-site:numpy", 50)
        else:
            pool += from_files(walk(base, (".py", ".pyi"), 200), "python-site:" + p, 20)
    for name, path in npm_packages():
        if test_half(name):
            pool += from_files(walk(path, (".js", ".mjs", ".cjs", ".ts", ".md", ".json", ".yml", ".yaml"), 300),
                               "npm:" + name, 15)
    for pkg in debian_permissive():
        if not test_half(pkg):
            continue
        docs = sorted(glob.glob("/usr/share/doc/%s/*" % pkg))
        docs = [d for d in docs if os.path.isfile(d) and not d.endswith("copyright")]
        pool += from_files(docs, "doc:" + pkg, 6)
        for man in man_pages(pkg)[:3]:
            text = render_man(man)
            found = [c for c in chunks(text) if not BANNED.search(c)]
            R.shuffle(found)
            pool += [(c, ".man", "man:" + pkg) for c in found[:3]]
    for log in LOGS:
        text = read(log) or ""
        found = list(line_chunks(text))
        R.shuffle(found)
        pool += [(c, ".log", "log:" + os.path.basename(log)) for c in found[:40]]
    return pool


def attacks():
    """attack texts of InjectionData's held-out attack sources (never AgentDojo)"""
    out = []
    path = os.path.join(ROOT, "../shared/evaldata/injection-train/train.jsonl")
    if not os.path.isfile(path):
        path = "/work/shared/evaldata/injection-train/train.jsonl"
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        src, kind = r["source"], r["kind"]
        held = src in ("mik0w/pallms", "qiuhuachuan/latent-jailbreak", "protectai/llm-guard") or (
            src == "NVIDIA/garak" and kind == "direct")
        if held and r["label"] == 1 and 20 <= len(r["text"]) <= 1200:
            out.append((r["text"], src))
    return out


COMMENT = {".py": "# ", ".pyi": "# ", ".toml": "# ", ".cfg": "# ", ".yml": "# ", ".yaml": "# ", ".h": "// ",
           ".js": "// ", ".mjs": "// ", ".cjs": "// ", ".ts": "// ", ".log": ""}


def plant(host, ext, attack):
    how = R.randrange(4)
    text = attack
    if how == 1 and ext in COMMENT and COMMENT[ext]:
        text = "\n".join(COMMENT[ext] + x for x in attack.splitlines())
    elif how == 1 and ext in (".md", ".html", ".xml", ".rst"):
        text = "<!-- " + attack + " -->"
    elif how == 1 and ext == ".json":
        text = json.dumps({"note": attack})[1:-1] + ","
    paras = host.split("\n\n")
    where = R.randrange(3)
    if where == 0:
        return text + "\n\n" + host
    if where == 2 or len(paras) < 2:
        return host + "\n\n" + text
    k = R.randrange(1, len(paras))
    return "\n\n".join(paras[:k] + [text] + paras[k:])


def main():
    pool = collect()
    pool.sort(key=lambda x: (x[2], x[0]))
    R.shuffle(pool)
    # one group per source kind: spread clean documents and hosts over every source
    by = {}
    for c in pool:
        by.setdefault(c[2].split(":")[0], []).append(c)
    clean, hosts = [], []
    for k in sorted(by):
        items = by[k]
        n_host = len(items) * 2 // 5
        hosts += items[:n_host]
        clean += items[n_host:]
    # clean documents round-robin over the source kinds (python, C, JSON, CSV, npm, docs, man, logs)
    kinds = sorted(by)
    picked = []
    queues = {k: [c for c in clean if c[2].split(":")[0] == k] for k in kinds}
    while len(picked) < 400 and any(queues.values()):
        for k in kinds:
            if queues[k] and len(picked) < 400:
                picked.append(queues[k].pop(0))
    clean = picked
    R.shuffle(hosts)
    atk = attacks()
    R.shuffle(atk)
    rows = [{"label": 0, "text": c, "kind": "benign", "lang": "en", "group": src} for c, ext, src in clean]
    for (host, ext, src), (a, asrc) in zip(hosts[:240], atk):
        rows.append({"label": 1, "text": plant(host, ext, a), "kind": "indirect", "lang": "en",
                     "group": src, "attack": asrc})
    out = os.path.join(HERE, "test-outside-benign.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = {}
    for r in rows:
        key = (r["label"], r["group"].split(":")[0])
        kinds[key] = kinds.get(key, 0) + 1
    print(out, len(rows), sorted(kinds.items()))


if __name__ == "__main__":
    main()
