#!/usr/bin/env python3
"""Report files that import each other, directly or round a longer cycle.

Reads the Rust sources of the app (src/) and of the core
(crates/drill-core/src/), resolves every `crate::`, `super::`, `self::` and
child-module path (in `use` lists and in code) to the file that defines the
named item, following `pub use` re-exports so that a facade `mod.rs` does not
hide the real dependency, and prints every group of files that reach each
other. Exit status 1 if there is any, 0 if none.

    python3 scripts/check-import-cycles.py [ROOT]
"""

import os
import re
import sys

CRATES = ["src", "crates/drill-core/src"]
ROOT_FILES = ("main.rs", "lib.rs")
IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


def strip_code(text):
    """Blank out comments, strings and char literals, keeping offsets and lines."""
    out = list(text)
    i, n = 0, len(text)

    def blank(a, b):
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            blank(i, j)
            i = j
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            blank(i, j)
            i = j
        elif c == "r" and re.match(r'r#*"', text[i:i + 40]) and not re.match(r"\w", text[i - 1:i] or " "):
            hashes = re.match(r"r(#*)\"", text[i:]).group(1)
            end = text.find('"' + hashes, i + 2 + len(hashes))
            end = n if end < 0 else end + 1 + len(hashes)
            blank(i, end)
            i = end
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            blank(i, j + 1)
            i = j + 1
        elif c == "'":
            m = re.match(r"'(\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^\\'])'", text[i:i + 16])
            if m:
                blank(i, i + m.end())
                i += m.end()
            else:
                i += 1  # a lifetime
        else:
            i += 1
    return "".join(out)


def expand_use(tree):
    """`a::{b, c::{d, e as f}, self}` -> [[a, b], [a, c, d], [a, c, e@f], [a]]."""
    tree = re.sub(r"\s+as\s+(" + IDENT + ")", r"@\1", tree)
    tree = re.sub(r"\s+", "", tree)
    paths = []

    def walk(prefix, s):
        parts, depth, start = [], 0, 0
        for k, ch in enumerate(s):
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            elif ch == "," and depth == 0:
                parts.append(s[start:k])
                start = k + 1
        parts.append(s[start:])
        for part in parts:
            if not part:
                continue
            brace = part.find("{")
            if brace >= 0:
                head = [seg for seg in part[:brace].split("::") if seg]
                walk(prefix + head, part[brace + 1:part.rindex("}")])
            else:
                segs = [seg for seg in re.split(r"::", part) if seg]
                if segs and segs[-1] == "self":
                    segs = segs[:-1]
                paths.append(prefix + segs)

    walk([], tree)
    return paths


class Module:
    def __init__(self, path, crate, segs, text):
        self.path = path
        self.crate = crate
        self.segs = segs
        self.code = strip_code(text)
        self.text = text
        self.children = set(re.findall(r"\bmod\s+(" + IDENT + r")\s*;", self.code))
        self.refs = []  # (absolute segments, line number)
        self.reexports = {}  # name -> absolute segments it stands for
        self.globs = []  # absolute module segments re-exported with `*`
        self.defined = set(re.findall(
            r"\b(?:fn|struct|enum|trait|type|const|static|mod|macro_rules!)\s+(" + IDENT + ")", self.code))


def module_segs(rel):
    parts = rel[:-3].split(os.sep)
    if parts[-1] in ("mod", "main", "lib"):
        parts = parts[:-1]
    return parts


def scopes(code):
    """For each offset: the inline `mod x { }` names enclosing it."""
    stack, depth, marks = [], 0, []
    for m in re.finditer(r"\bmod\s+(" + IDENT + r")\s*\{|[{}]", code):
        tok = m.group(0)
        if tok.startswith("mod"):
            depth += 1
            stack.append((m.group(1), depth))
        elif tok == "{":
            depth += 1
        else:
            if stack and stack[-1][1] == depth:
                stack.pop()
            depth -= 1
        marks.append((m.end(), [name for name, _ in stack]))
    return marks


def scope_at(marks, pos):
    lo, hi, found = 0, len(marks) - 1, []
    while lo <= hi:
        mid = (lo + hi) // 2
        if marks[mid][0] <= pos:
            found = marks[mid][1]
            lo = mid + 1
        else:
            hi = mid - 1
    return found


def absolute(mod, here, segs, children):
    """Turn a path written in module `here` into crate-absolute segments."""
    if not segs:
        return None
    if segs[0] == "crate":
        return segs[1:]
    if segs[0] in ("super", "self"):
        base = list(here)
        while segs and segs[0] in ("super", "self"):
            if segs[0] == "super":
                if not base:
                    return None
                base.pop()
            segs = segs[1:]
        return base + segs
    if segs[0] in children and len(here) == len(mod.segs):
        return here + segs
    return None


def load(root):
    modules = {}
    for crate in CRATES:
        base = os.path.join(root, crate)
        for dirpath, _, files in os.walk(base):
            for name in sorted(files):
                if not name.endswith(".rs"):
                    continue
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, base)
                if os.path.dirname(rel) == "bin" or rel.startswith("bin" + os.sep):
                    continue  # separate binaries, roots of their own
                with open(full, encoding="utf-8") as f:
                    text = f.read()
                segs = module_segs(rel)
                modules[(crate, tuple(segs))] = Module(os.path.join(crate, rel), crate, segs, text)
    return modules


def collect(mod):
    code = mod.code
    marks = scopes(code)
    line_of = lambda pos: code.count("\n", 0, pos) + 1
    use_spans = []
    for m in re.finditer(r"\b(pub(?:\s*\([^)]*\))?\s+)?use\s+([^;]+);", code):
        use_spans.append((m.start(), m.end()))
        here = mod.segs + scope_at(marks, m.start())
        for segs in expand_use(m.group(2)):
            if segs and segs[-1] == "*":
                target = absolute(mod, here, segs[:-1], mod.children)
                if target is None:
                    continue
                mod.refs.append((target, line_of(m.start())))
                if m.group(1) and here == mod.segs:
                    mod.globs.append(target)
                continue
            name = segs[-1].split("@")[-1]
            segs = segs[:-1] + [segs[-1].split("@")[0]]
            target = absolute(mod, here, segs, mod.children)
            if target is None:
                continue
            mod.refs.append((target, line_of(m.start())))
            if m.group(1) and here == mod.segs:
                mod.reexports[name] = target
    inside_use = lambda pos: any(a <= pos < b for a, b in use_spans)
    heads = "crate|super|self" + "".join("|" + re.escape(c) for c in mod.children)
    for m in re.finditer(r"(?<![\w:])((?:" + heads + r")(?:::" + IDENT + r")+)", code):
        if inside_use(m.start()):
            continue
        here = mod.segs + scope_at(marks, m.start())
        target = absolute(mod, here, m.group(1).split("::"), mod.children)
        if target is not None:
            mod.refs.append((target, line_of(m.start())))


def resolve(modules, crate, segs, seen=None):
    """The file that defines what `segs` names, following `pub use`."""
    seen = seen or set()
    segs = list(segs)
    for cut in range(len(segs), -1, -1):
        key = (crate, tuple(segs[:cut]))
        if key in modules:
            mod = modules[key]
            rest = segs[cut:]
            if rest and (crate, tuple(segs)) not in seen:
                name = rest[0]
                if name in mod.reexports and name not in mod.defined:
                    seen.add((crate, tuple(segs)))
                    return resolve(modules, crate, mod.reexports[name] + rest[1:], seen)
            return mod
    return None


def cycles(graph):
    """Tarjan's strongly connected components larger than one file."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    modules = load(root)
    for mod in modules.values():
        collect(mod)
    graph, where = {}, {}
    for mod in modules.values():
        for segs, line in mod.refs:
            target = resolve(modules, mod.crate, segs)
            if target is None or target is mod:
                continue
            graph.setdefault(mod.path, set()).add(target.path)
            where.setdefault((mod.path, target.path), line)
    found = cycles(graph)
    for comp in found:
        members = set(comp)
        pairs = [(a, b) for a in comp for b in sorted(graph.get(a, ())) if b in members]
        mutual = [(a, b) for a, b in pairs if a < b and a in graph.get(b, ())]
        kind = "import each other" if len(comp) == 2 else "import round a cycle"
        print(f"{len(comp)} files {kind}:")
        for a, b in pairs:
            print(f"  {a}:{where[(a, b)]} -> {b}")
        for a, b in mutual:
            print(f"  pair: {a} <-> {b}")
    if found:
        print(f"{len(found)} import cycle(s)")
        return 1
    print(f"no import cycles in {len(modules)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
