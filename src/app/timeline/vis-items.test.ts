import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import type { EventItemSpec } from "./timeline-items.ts";
import { lanesFor, renderGroup, renderItem, toVisItem } from "./vis-items.ts";

/**
 * vis-timeline renders a string `content` as HTML, and titles and outlet names come from scraped
 * pages: these tests pin that what it is given holds no markup, and that the DOM nodes built for it
 * carry payloads as text only.
 */
const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

beforeAll(() => {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  Object.assign(globalThis, { document });
});

const spec: EventItemSpec = {
  kind: "event",
  id: "ev-1",
  lane: "evil",
  eventId: "ev-1",
  title: payload,
  precision: "day",
  coverage: 2,
  startDay: 17_700,
  selected: false,
  cursor: false,
};

describe("timeline items and lanes carry untrusted text as text", () => {
  it("gives vis-timeline no HTML string", () => {
    expect(toVisItem(spec).content).toBe("");
    const lanes = lanesFor("outlets", [{ id: "evil", name: payload, kind: "other", articleCount: 1 }], true);
    for (const lane of lanes) expect(lane.content).toBe("");
  });

  it("puts an event title in text nodes and the tooltip attribute only", () => {
    const root = renderItem(toVisItem(spec));
    expect(root.querySelector("img, script")).toBeNull();
    expect(root.querySelector(".px-event-title")?.textContent).toBe(payload);
    expect(root.getAttribute("title")).toBe(`${payload} (2 outlets)`);
  });

  it("puts an outlet name in a text node", () => {
    const [lane] = lanesFor(
      "outlets",
      [{ id: "evil", name: payload, kind: "other", articleCount: 1 }],
      false,
    );
    const root = renderGroup(lane);
    expect(root.querySelector("img, script")).toBeNull();
    expect(root.querySelector(".px-lane-name")?.textContent).toBe(payload);
  });
});
