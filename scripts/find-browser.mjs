// Finds a Chromium for the browser tests: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
// Playwright's own download. Where none is found and we run as root on Debian, installs Debian's
// `chromium` package (Playwright cannot download browsers on this network); otherwise explains.
import { execFileSync, spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";

function executable(path) {
  if (!path) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function playwrightOwn() {
  try {
    const { chromium } = await import("@playwright/test");
    const path = chromium.executablePath();
    return executable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export async function findBrowser({ install = true, log = console.error } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file.`);
  }
  for (const path of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (executable(path)) return path;
  const own = await playwrightOwn();
  if (own) return own;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (install && isRoot && existsSync("/etc/debian_version")) {
    log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
    let result = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
    });
    if (result.status !== 0) {
      spawnSync("apt-get", ["update"], { stdio: "inherit" });
      result = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
        stdio: "inherit",
      });
    }
    if (result.status === 0 && executable("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    [
      "No Chromium found for the browser tests.",
      "Install one of:",
      "  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)",
      "  - or set CHROMIUM_PATH=/path/to/chromium",
      "  - or, where it can download: npx playwright install chromium",
    ].join("\n"),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  findBrowser()
    .then((path) => {
      console.log(path);
      try {
        console.error(execFileSync(path, ["--version"], { encoding: "utf8" }).trim());
      } catch {}
    })
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
