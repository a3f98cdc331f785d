import { expect, test } from "@playwright/test";

test("the page loads and lists the seed articles with their metadata", async ({ page }) => {
  await page.goto("./");
  const articles = page.getByTestId("article");
  await expect(articles).toHaveCount(2);
  const kcna = articles.filter({ hasText: "Kim Jong Un Meets U.S. Secretary of State" });
  await expect(kcna.getByTestId("article-source")).toHaveText("KCNA");
  await expect(kcna.locator("time")).toHaveAttribute("datetime", "2018-05-10");
  const fox = articles.filter({ has: page.getByTestId("article-source").getByText("Fox News") });
  await expect(fox.locator("time")).toHaveAttribute("datetime", "2018-07-12");
  await expect(fox).toContainText("date inferred");
});
