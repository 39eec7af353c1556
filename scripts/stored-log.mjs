// Reads the stored review log the way crates/drill-core/src/progress/stored_log.rs
// writes it, for the bench and the end-to-end tests: version 2 writes six
// numbers per answer, each number ending in one character from U+0800 to U+27FF.

/** The version of a stored log record and the answers it holds. */
export function storedLog(raw) {
  const record = JSON.parse(raw ?? "null");
  if (!record || typeof record.data !== "string") return { version: record?.v ?? null, answers: 0 };
  const numbers = record.data.slice(record.data.indexOf("!") + 1);
  const ends = [...numbers].filter((c) => c >= "\u0800" && c <= "\u27ff").length;
  return { version: record.v, answers: ends / 6 };
}
