import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../src/lib/content-security-policy.ts";

const readme = readFileSync(join(import.meta.dirname, "../README.md"), "utf8");

describe("README", () => {
  it("gives the quick start exactly as the contract says", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toMatch(/^npm test\b/m);
  });

  it("gives hosts the same Content-Security-Policy the app is tested under", () => {
    expect(readme).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
  });
});
