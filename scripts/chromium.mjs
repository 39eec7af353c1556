// How the build's and bench's scripts start Debian's Chromium (Playwright's
// own browser download is not reachable here). Without the networking flags
// it keeps trying Google's hosts, which this machine's network refuses.
export const CHROMIUM = {
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
};
