#!/usr/bin/env python3
"""Runs every ```python block of the bank and compares it with its ```output.

A block whose info string says `illustrative` is shown to users but not run
(it needs Django, a database, a server...). Each runnable block runs alone in
a fresh interpreter, so blocks cannot depend on each other.
"""
import pathlib
import re
import subprocess
import sys

FENCE = re.compile(r"^(```+|~~~+)(.*)$")


def blocks(path):
    """Yields (line, info, body) for each fenced block of a markdown file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i].strip())
        if not m:
            i += 1
            continue
        fence, info, start = m.group(1), m.group(2).strip(), i + 1
        body = []
        i += 1
        while i < len(lines) and not lines[i].strip().startswith(fence):
            body.append(lines[i])
            i += 1
        yield start, info, "\n".join(body) + "\n"
        i += 1


def next_nonblank_is_output(all_blocks, index):
    if index + 1 < len(all_blocks):
        line, info, body = all_blocks[index + 1]
        if info.split()[:1] == ["output"]:
            return body
    return None


def main(folder):
    passed = failed = 0
    for path in sorted(pathlib.Path(folder).glob("*.md")):
        found = list(blocks(path))
        for index, (line, info, body) in enumerate(found):
            words = info.split()
            if words[:1] not in (["python"], ["py"]) or "illustrative" in words:
                continue
            expected = next_nonblank_is_output(found, index)
            try:
                run = subprocess.run([sys.executable, "-"], input=body, capture_output=True,
                                     text=True, timeout=20)
                problem = None
                if run.returncode != 0:
                    problem = f"exited {run.returncode}:\n{run.stderr.strip()}"
                elif expected is not None and run.stdout != expected:
                    problem = f"output differs.\n--- shown\n{expected}--- actual\n{run.stdout}"
            except subprocess.TimeoutExpired:
                problem = "ran longer than 20 s"
            if problem:
                failed += 1
                print(f"{path}:{line}: python block {problem}")
            else:
                passed += 1
    print(f"code blocks: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "questions"))
