// How the build, the bench and the end-to-end tests start Debian's Chromium
// (Playwright's own browser download is not reachable here). Without the
// networking flags it keeps trying Google's hosts, which this machine's
// network refuses.
export const CHROMIUM = {
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
};

/** The tests' browser: the same, with a fake microphone that needs no
 * permission prompt, for the recorder. */
export const CHROMIUM_FOR_TESTS = {
  ...CHROMIUM,
  args: [...CHROMIUM.args, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
};
