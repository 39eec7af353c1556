// Runs Python blocks under CPython 3.14 (Pyodide), each in an interpreter of
// its own, and prints what each wrote. The bank's answers are written for
// 3.14, which these machines' Debian Python (3.11) predates.
// Input: a JSON file [{ "id": ..., "code": ... }]. Output: JSON on stdout,
// [{ "id": ..., "stdout": ..., "error": null | "..." }].
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const blocks = JSON.parse(readFileSync(process.argv[2], "utf8"));
const results = [];
for (const { id, code } of blocks) {
  let stdout = "";
  let stderr = "";
  const decoder = new TextDecoder();
  const sink = (append) => ({
    write: (buffer) => {
      append(decoder.decode(buffer, { stream: true }));
      return buffer.length;
    },
  });
  const py = await loadPyodide();
  py.setStdout(sink((text) => (stdout += text)));
  py.setStderr(sink((text) => (stderr += text)));
  let error = null;
  try {
    // asyncio.run needs an async entry point to switch stacks (node runs
    // with --experimental-wasm-stack-switching); other blocks run plainly.
    if (code.includes("asyncio")) await py.runPythonAsync(code);
    else py.runPython(code);
  } catch (e) {
    error = (stderr + String(e.message ?? e)).trim();
  }
  results.push({ id, stdout, error });
}
process.stdout.write(JSON.stringify(results));
