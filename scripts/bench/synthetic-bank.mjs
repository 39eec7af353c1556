// Writes a bank of exactly N questions made of copies of the real ones, so
// `make bench` can see how boot, search and size grow with the bank.
// Copy k of a question gets the id `<id>-k`, and its follow-ups and question
// links point at copy k too. Its text lines end in a copy mark, so no two
// copies share a string the compiler could merge: the raw wasm grows as it
// would with that many real questions (brotli still finds the repeats).
// Usage: synthetic-bank.mjs <count> <out dir>

import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [count, out] = [Number(process.argv[2]), process.argv[3]];
if (!Number.isInteger(count) || count < 1 || !out) {
  console.error("usage: synthetic-bank.mjs <count> <out dir>");
  process.exit(1);
}
const source = "questions";

/** A topic file split into its `# Title` preamble and one block per `## id`. */
function splitTopic(text) {
  const lines = text.split("\n");
  const blocks = [];
  const preamble = [];
  let fenced = false;
  for (const line of lines) {
    if (line.startsWith("```")) fenced = !fenced;
    if (!fenced && line.startsWith("## ")) blocks.push([]);
    (blocks.length ? blocks[blocks.length - 1] : preamble).push(line);
  }
  return { preamble: preamble.join("\n"), blocks: blocks.map((b) => b.join("\n")) };
}

const topics = readdirSync(source)
  .filter((name) => /^\d\d-.*\.md$/.test(name))
  .sort()
  .map((name) => ({ name, ...splitTopic(readFileSync(join(source, name), "utf8")) }));
const perCopy = topics.reduce((n, t) => n + t.blocks.length, 0);
const copies = Math.ceil(count / perCopy);
const ids = topics.flatMap((t) => t.blocks.map((b) => b.slice(3, b.indexOf("\n")).trim()));
const idPattern = new RegExp(`(?<![\\w-])(${ids.map((id) => id.replace(/-/g, "\\-")).join("|")})(?![\\w-])`, "g");

// Lines whose text is a fixed value or markup rather than prose.
const keepAsIs = (line) => /^(- \w+:|#|```|\||\s*$|对$|错$)/.test(line);

function renamed(block, copy, keepFollowUps) {
  if (copy === 0 && keepFollowUps) return block;
  const suffix = copy === 0 ? "" : `-${copy}`;
  let fenced = false;
  return block
    .split("\n")
    .filter((line) => keepFollowUps || !line.startsWith("- follow:"))
    .map((line, i) => {
      if (line.startsWith("```")) fenced = !fenced;
      if (i === 0) return `${line}${suffix}`;
      if (line.startsWith("- follow:")) return line.replace(idPattern, `$1${suffix}`);
      const linked = line.replace(/\(#\/q\/([a-z0-9-]+)\)/g, (_, id) => `(#/q/${id}${suffix})`);
      return fenced || keepAsIs(line) || copy === 0 ? linked : `${linked} ·${copy}`;
    })
    .join("\n");
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(source, "SEED.md"), join(out, "SEED.md"));
cpSync(join(source, "tips"), join(out, "tips"), { recursive: true });
let written = 0;
const files = topics.map((t) => ({ name: t.name, parts: [t.preamble] }));
for (let copy = 0; copy < copies; copy++) {
  // The last, partial copy drops follow-ups: their targets may be cut off.
  const partial = (copy + 1) * perCopy > count;
  topics.forEach((topic, i) => {
    for (const block of topic.blocks) {
      if (written === count) return;
      files[i].parts.push(renamed(block, copy, !partial));
      written++;
    }
  });
}
for (const file of files) writeFileSync(join(out, file.name), file.parts.join("\n"));
console.log(`synthetic bank: ${written} questions in ${out}`);
