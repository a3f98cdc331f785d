import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

/**
 * Serious and critical WCAG A/AA problems found by axe on the explorer, as short lines to read in a
 * failure. The whole page is checked, the outlet comparison under an open event included (its own
 * views are checked in accessibility-views.spec.ts).
 */
async function problems(page: import("@playwright/test").Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const scheme of ["light", "dark"] as const) {
  test(`the timeline, an open event and the list pass axe in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("./");
    const item = page.getByTestId("timeline").getByTestId("event-item").first();
    await expect(item).toBeVisible();
    await item.click();
    await expect(page.getByTestId("event-detail")).toBeVisible();
    expect(await problems(page)).toEqual([]);
    await page.getByRole("button", { name: "List", exact: true }).click();
    await expect(page.getByTestId("event-list")).toBeVisible();
    expect(await problems(page)).toEqual([]);
  });
}

test("Tab reaches the view switch, the zoom controls and the timeline, each with a visible focus", async ({
  page,
}) => {
  await page.goto("./");
  await expect(page.getByTestId("timeline").getByTestId("event-item").first()).toBeVisible();
  const reached = new Set<string>();
  for (let i = 0; i < 30 && !reached.has("timeline"); i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== "none" || style.boxShadow !== "none";
      return {
        name: el.dataset.testid ?? el.getAttribute("aria-label") ?? el.textContent?.trim() ?? "",
        ring,
      };
    });
    if (!focused) continue;
    expect(focused.ring, `focus on ${focused.name} is visible`).toBe(true);
    reached.add(focused.name);
  }
  for (const name of ["List", "Fit all", "Zoom in", "Zoom out", "timeline"]) expect(reached).toContain(name);
});
