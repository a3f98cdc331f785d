import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

/**
 * axe on every view beyond the main one (accessibility.spec.ts): the outlet comparison under an open
 * event, the corpus comparison (`view=compare`), the build report (`view=report`) and the embed
 * (`embed=1`), in light and dark. Serious and critical WCAG A/AA problems fail, as short lines.
 */
async function problems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function openFirstEvent(page: Page, query = ""): Promise<void> {
  await page.goto(`./${query}`);
  const item = page.getByTestId("timeline").getByTestId("event-item").first();
  await expect(item).toBeVisible();
  await item.click();
  await expect(page.getByTestId("event-detail")).toBeVisible();
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test("the outlet comparison under an open event passes axe", async ({ page }) => {
      await openFirstEvent(page);
      const panel = page.getByTestId("source-comparison");
      await expect(panel).toBeVisible();
      await expect(panel.getByRole("status")).toHaveCount(0);
      expect(await problems(page)).toEqual([]);
    });

    test("the corpus comparison (view=compare) passes axe", async ({ page }) => {
      await page.goto("./?view=compare");
      await expect(page.getByTestId("corpus-comparison").getByTestId("outlet-column").first()).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      expect(await problems(page)).toEqual([]);
    });

    test("the build report (view=report) passes axe", async ({ page }) => {
      await page.goto("./?view=report");
      await expect(page.getByTestId("report-written").first()).toBeVisible();
      expect(await problems(page)).toEqual([]);
    });

    test("the embed (embed=1), with an event open, passes axe", async ({ page }) => {
      await openFirstEvent(page, "?embed=1");
      expect(await problems(page)).toEqual([]);
    });
  });
}
