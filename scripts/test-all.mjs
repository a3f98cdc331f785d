// `npm test`: type check, lint, unit tests, browser tests, in that order, all of them even when one
// fails, then one closing line "N passed, N failed" summing every suite (what CI reads).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

mkdirSync("test-results", { recursive: true });
const steps = [];

function run(name, cmd, args, count) {
  console.log(`\n=== ${name} ===`);
  const status = spawnSync(cmd, args, { stdio: "inherit" }).status ?? 1;
  let counts;
  try {
    counts = count?.();
  } catch {}
  // A suite that failed without reporting a failed test (a crash, a config error) counts as one failure.
  if (!counts) counts = status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  steps.push({ name, status, ...counts });
}

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

run("type check", "npx", ["tsc", "-b"]);
run("lint", "npx", ["biome", "check", "."]);
rmSync("test-results/unit.json", { force: true });
run(
  "unit tests",
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=test-results/unit.json"],
  () => {
    const r = readJson("test-results/unit.json");
    return { passed: r.numPassedTests, failed: r.numFailedTests };
  },
);
rmSync("test-results/e2e.json", { force: true });
run("browser tests", "node", ["scripts/run-e2e.mjs"], () => {
  const { stats } = readJson("test-results/e2e.json");
  return { passed: stats.expected + (stats.flaky ?? 0), failed: stats.unexpected };
});

console.log("\n=== summary ===");
for (const s of steps)
  console.log(`${s.status === 0 ? "ok  " : "FAIL"} ${s.name}: ${s.passed} passed, ${s.failed} failed`);
const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
const line = `${passed} passed, ${failed} failed`;
writeFileSync("test-results/summary.txt", `${line}\n`);
console.log(line);
process.exit(steps.some((s) => s.status !== 0) ? 1 : 0);
