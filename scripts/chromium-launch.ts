/**
 * How every browser run of this project starts Chromium: Debian's build (Playwright cannot download
 * its own here), found by scripts/find-browser.mjs, which sets CHROMIUM_PATH. Without the
 * background-networking flags Chromium keeps dialling Google on a closed network.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};
