import { expect, test } from "@playwright/test";

test("the production build runs under the strict Content-Security-Policy without a violation", async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  const response = await page.goto("./");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toContain("unsafe-eval");
  // The app drew its data: the seed articles' outlets appear somewhere on the page.
  await expect(page.getByText("KCNA").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});
