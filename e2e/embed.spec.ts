import { expect, type Page, test } from "@playwright/test";
import { appOrigin, RECORD_MESSAGES, startHostPage } from "./fixtures/host-server.ts";
import { loadSeedData } from "./fixtures/seed-data.ts";

type Received = { data: unknown; origin: string };
const heights = (page: Page) =>
  page.evaluate(() =>
    ((window as unknown as { received: Received[] }).received ?? [])
      .map((m) => m.data as { type?: string; version?: number; height?: number })
      .filter((d) => d?.type === "parallax:height"),
  );

/** Page errors and CSP reports from the host page and every frame in it. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

test("another site embeds the explorer in a sandboxed iframe: it loads, opens events, reports its height", async ({
  page,
  request,
}) => {
  const { events } = await loadSeedData(request);
  const event = events[0];
  expect(!event, "needs an event").toBe(false);
  if (!event) return;
  const host = await startHostPage(`<!doctype html><title>A news site</title>
    <h1>An article about the talks</h1>
    ${RECORD_MESSAGES}
    <iframe id="parallax" title="Parallax" src="${appOrigin()}/?embed=1" width="900" height="400"
      sandbox="allow-scripts allow-popups"></iframe>`);
  try {
    const errors = collectErrors(page);
    await page.goto(host.url);
    const frame = page.frameLocator("#parallax");
    await expect(frame.getByTestId("timeline").getByTestId("event-item").first()).toBeVisible();
    // The compact layout: no site header, the way out to the full site instead.
    await expect(frame.getByRole("banner")).toHaveCount(0);
    await expect(frame.getByTestId("open-in-parallax")).toBeVisible();

    await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
    const [first] = await heights(page);
    expect(first).toMatchObject({ type: "parallax:height", version: 1 });
    expect(first?.height).toBeGreaterThan(100);
    expect(Object.keys(first ?? {}).sort()).toEqual(["height", "type", "version"]);

    // Opening an event inside the frame works (sandboxed: opaque origin, no storage) and grows the page.
    const before = Math.max(...(await heights(page)).map((h) => h.height ?? 0));
    await frame.getByTestId("timeline").locator(`[data-event-id="${event.id}"]`).first().click();
    await expect(frame.getByTestId("event-detail").getByRole("heading", { level: 2 })).toHaveText(
      event.title,
    );
    await expect
      .poll(async () => Math.max(...(await heights(page)).map((h) => h.height ?? 0)))
      .toBeGreaterThan(before);

    // "Open in Parallax": the same state, full layout, new tab, no handle on or referrer to the host.
    const open = frame.getByTestId("open-in-parallax");
    await expect(open).toHaveAttribute("href", `${appOrigin()}/?event=${event.id}`);
    await expect(open).toHaveAttribute("target", "_blank");
    await expect(open).toHaveAttribute("rel", "noopener noreferrer");
    const [tab] = await Promise.all([page.waitForEvent("popup"), open.click()]);
    await expect(tab.getByTestId("event-detail").getByRole("heading", { level: 2 })).toHaveText(event.title);
    await expect(tab.getByRole("banner")).toBeVisible();
    await tab.close();

    // Copy link where the clipboard is denied: confirmed, or the link is offered to copy by hand.
    await frame.getByTestId("event-detail").getByTestId("copy-link").click();
    await expect(frame.getByText(/Link copied|Press (Ctrl\+C|⌘C) to copy/)).toBeVisible();
    const field = frame.getByTestId("copy-link-field");
    if (await field.count()) await expect(field).toHaveValue(`${appOrigin()}/?event=${event.id}`);
    expect(errors).toEqual([]);
  } finally {
    await host.close();
  }
});

test("the embed answers only the documented message, and nothing the host sends can steer it", async ({
  page,
}) => {
  const host = await startHostPage(`<!doctype html>${RECORD_MESSAGES}
    <iframe id="parallax" title="Parallax" src="${appOrigin()}/?embed=1" width="800" height="400"
      sandbox="allow-scripts allow-popups"></iframe>`);
  try {
    const errors = collectErrors(page);
    await page.goto(host.url);
    const frame = page.frameLocator("#parallax");
    await expect(frame.getByTestId("timeline").getByTestId("event-item").first()).toBeVisible();
    await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
    const count = async () => (await heights(page)).length;
    const settled = await count();
    const send = (message: unknown) =>
      page.evaluate((m) => {
        (document.getElementById("parallax") as HTMLIFrameElement).contentWindow?.postMessage(m, "*");
      }, message);
    for (const hostile of [
      { type: "parallax:navigate", version: 1, url: "https://evil.example/" },
      { type: "parallax:get-height", version: 1, href: "javascript:alert(1)" },
      { type: "parallax:get-height", version: 2 },
      "[iFrameSizer]parallax:8:false:false:32:true:true:null:bodyOffset",
      "alert(1)",
    ])
      await send(hostile);
    await page.waitForTimeout(300);
    expect(await count()).toBe(settled);
    await send({ type: "parallax:get-height", version: 1 });
    await expect.poll(count).toBe(settled + 1);
    await expect(frame.getByTestId("timeline")).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await host.close();
  }
});

test("the Embed dialog's snippet, pasted into a page on another site, works", async ({ page, request }) => {
  const { events } = await loadSeedData(request);
  const event = events[0];
  expect(!event, "needs an event").toBe(false);
  if (!event) return;
  await page.goto(`./?event=${encodeURIComponent(event.id)}`);
  await expect(page.getByTestId("event-detail")).toBeVisible();
  const opener = page.getByRole("button", { name: "Embed", exact: true });
  await opener.click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  await expect(dialog).toBeVisible();

  // Focus stays in the dialog, and Escape closes it and returns focus to the button that opened it.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(page.getByTestId("event-detail")).toBeVisible();

  await opener.click();
  await dialog.getByLabel("Height in pixels").fill("520");
  await dialog.getByLabel("Dark").check();
  await dialog.getByLabel("Show how the outlets compare under the selected event").check();
  const code = dialog.getByTestId("embed-code");
  await expect(code).toHaveValue(/height="520"/);
  const snippet = await code.inputValue();
  expect(snippet).toMatch(/^<iframe [^>]*><\/iframe>$/);
  expect(snippet).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
  expect(snippet).not.toContain("allow-same-origin");
  const src = new URL((snippet.match(/src="([^"]+)"/)?.[1] ?? "").replaceAll("&amp;", "&"));
  expect(Object.fromEntries(src.searchParams)).toEqual({
    event: event.id,
    embed: "1",
    theme: "dark",
    compare: "1",
  });
  await dialog.getByText("Let the frame grow and shrink with its content").click();
  const hostScript = await dialog.getByTestId("embed-host-script").inputValue();
  // The host script caps the height it applies (a runaway frame must not take over the host page).
  const cap = Number(/Math\.min\(e\.data\.height, (\d+)\)/.exec(hostScript)?.[1]);
  expect(cap).toBeGreaterThan(0);

  const host = await startHostPage(`<!doctype html><h1>Someone's article</h1>${RECORD_MESSAGES}
    ${snippet}
    ${hostScript}`);
  try {
    const errors = collectErrors(page);
    await page.goto(host.url);
    const frame = page.frameLocator("iframe");
    await expect(frame.getByTestId("event-detail").getByRole("heading", { level: 2 })).toHaveText(
      event.title,
    );
    await expect(frame.locator("html")).toHaveClass(/\bdark\b/);
    await expect(frame.getByTestId("source-comparison")).toBeVisible();
    // The host script sizes the frame to the height the frame reports, up to the snippet's cap.
    await expect
      .poll(async () => {
        const last = (await heights(page)).at(-1)?.height;
        const shown = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);
        return last !== undefined && Math.abs(shown - Math.min(last, cap)) <= 1;
      })
      .toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await host.close();
  }
});
