import { describe, expect, it } from "vitest";
import { defaultUrlState, parseUrlState, serializeUrlState } from "../state/url-params.ts";
import { clampHeight, embedSnippet, embedState } from "./embed-snippet.ts";

describe("embed snippet", () => {
  it("embeds the current state in the embed layout with the chosen options", () => {
    const state = {
      ...defaultUrlState,
      event: "ev-1",
      sources: ["kcna"],
      from: "2018-05-01",
      to: "2018-06-30",
    };
    const search = serializeUrlState(embedState(state, { height: 500, theme: "dark", compare: true }));
    expect(parseUrlState(search).state).toEqual({ ...state, embed: true, theme: "dark", compare: true });
    expect(serializeUrlState(embedState(state, { height: 500, theme: null, compare: false }))).not.toMatch(
      /theme|compare/,
    );
  });

  it("escapes the address and the title, sandboxes without allow-same-origin", () => {
    const html = embedSnippet('https://x.example/?embed=1&q="a"', 'Kim & "Moon" <b>', 500);
    expect(html).toContain('src="https://x.example/?embed=1&amp;q=&quot;a&quot;"');
    expect(html).toContain('title="Kim &amp; &quot;Moon&quot; &lt;b&gt;"');
    expect(html).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
    expect(html).not.toContain("allow-same-origin");
    expect(html).toContain('height="500"');
  });

  it("keeps the height within bounds", () => {
    expect(clampHeight(10)).toBe(240);
    expect(clampHeight(99999)).toBe(4000);
    expect(clampHeight(Number.NaN)).toBe(640);
    expect(clampHeight(612.4)).toBe(612);
  });
});
