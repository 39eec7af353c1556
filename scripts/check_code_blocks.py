#!/usr/bin/env python3
"""Runs every ```python block of the bank and compares it with its ```output.

Blocks run under CPython 3.14 (Pyodide, see run-python314.mjs), the release
the answers are written for. Pyodide has no threads, processes or sockets,
so a block that needs them says `python native` and runs under this
machine's python3 (3.11) instead. A block whose info string says
`illustrative` is shown to users but not run (it needs Django, a database, a
server...). Each runnable block runs alone in a fresh interpreter, so blocks
cannot depend on each other.
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile

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


def runnable(folder):
    """Yields (path, line, native, body, expected output) for each block to run."""
    for path in sorted(pathlib.Path(folder).glob("*.md")):
        found = list(blocks(path))
        for index, (line, info, body) in enumerate(found):
            words = info.split()
            if words[:1] not in (["python"], ["py"]) or "illustrative" in words:
                continue
            yield path, line, "native" in words, body, next_nonblank_is_output(found, index)


def run_native(body):
    """(stdout, problem) of a block run by this machine's python3."""
    try:
        run = subprocess.run([sys.executable, "-"], input=body, capture_output=True,
                             text=True, timeout=20)
    except subprocess.TimeoutExpired:
        return "", "ran longer than 20 s"
    if run.returncode != 0:
        return run.stdout, f"exited {run.returncode}:\n{run.stderr.strip()}"
    return run.stdout, None


def run_314(bodies, workers=2):
    """[(stdout, problem)] of blocks run under CPython 3.14, in order.

    Starting an interpreter takes a second or two, so the blocks are shared
    between a runner per core.
    """
    if not bodies:
        return []
    runner = pathlib.Path(__file__).with_name("run-python314.mjs")
    jobs = []
    with tempfile.TemporaryDirectory() as tmp:
        for w in range(workers):
            share = [{"id": i, "code": b} for i, b in enumerate(bodies) if i % workers == w]
            path = pathlib.Path(tmp, f"blocks-{w}.json")
            path.write_text(json.dumps(share), encoding="utf-8")
            # Stack switching lets asyncio's event loop run under Pyodide.
            command = ["node", "--experimental-wasm-stack-switching", str(runner), str(path)]
            jobs.append(subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                         text=True))
        results = {}
        for job in jobs:
            out, err = job.communicate(timeout=30 * len(bodies) + 60)
            if job.returncode != 0 or not out.strip():
                raise SystemExit(f"the Python 3.14 runner failed or stopped early:\n{err}")
            for r in json.loads(out):
                results[r["id"]] = (r["stdout"], r["error"] and f"raised:\n{r['error']}")
    return [results[i] for i in range(len(bodies))]


def main(folder):
    found = list(runnable(folder))
    under_314 = run_314([body for _, _, native, body, _ in found if not native])
    passed = failed = 0
    for path, line, native, body, expected in found:
        stdout, problem = run_native(body) if native else under_314.pop(0)
        if problem is None and expected is not None and stdout != expected:
            problem = f"output differs.\n--- shown\n{expected}--- actual\n{stdout}"
        where = "python native block" if native else "python block (3.14)"
        if problem:
            failed += 1
            print(f"{path}:{line}: {where} {problem}")
        else:
            passed += 1
    print(f"code blocks: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "questions"))
