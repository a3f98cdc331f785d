import { describe, expect, it } from "vitest";
import { defaultUrlState, parseUrlState, serializeUrlState, type UrlState } from "./url-params.ts";

/** State -> URL -> state gives the same state, and the URL holds only what differs from the default. */
function roundTrip(patch: Partial<UrlState>): { state: UrlState; search: string } {
  const search = serializeUrlState({ ...defaultUrlState, ...patch });
  const { state, problems } = parseUrlState(search);
  expect(problems).toEqual([]);
  return { state, search };
}

describe("URL state: one round trip per parameter", () => {
  it("event", () => {
    const { state, search } = roundTrip({ event: "ev-758ad8b9c2ab" });
    expect(state.event).toBe("ev-758ad8b9c2ab");
    expect(search).toBe("?event=ev-758ad8b9c2ab");
  });

  it("article", () => {
    expect(roundTrip({ article: "kcna-565bae1203a57948" }).state.article).toBe("kcna-565bae1203a57948");
  });

  it("q, with characters that need escaping", () => {
    const q = 'Kim & "Pompeo" 100% #1 ünïcode';
    expect(roundTrip({ q }).state.q).toBe(q);
  });

  it("sources", () => {
    const { state, search } = roundTrip({ sources: ["kcna", "fox-news"] });
    expect(state.sources).toEqual(["kcna", "fox-news"]);
    expect(search).toBe("?sources=kcna%2Cfox-news");
  });

  it("from and to", () => {
    const { state } = roundTrip({ from: "2018-05-01", to: "2018-07-31" });
    expect([state.from, state.to]).toEqual(["2018-05-01", "2018-07-31"]);
  });

  it("view", () => {
    expect(roundTrip({ view: "list" }).state.view).toBe("list");
    expect(roundTrip({ view: "compare" }).state.view).toBe("compare");
    const report = roundTrip({ view: "report" });
    expect(report.state.view).toBe("report");
    expect(report.search).toBe("?view=report");
  });

  it("lanes", () => {
    expect(roundTrip({ lanes: "single" }).state.lanes).toBe("single");
  });

  it("embed", () => {
    const { state, search } = roundTrip({ embed: true });
    expect(state.embed).toBe(true);
    expect(search).toBe("?embed=1");
  });

  it("theme", () => {
    const { state, search } = roundTrip({ theme: "dark" });
    expect(state.theme).toBe("dark");
    expect(search).toBe("?theme=dark");
    expect(roundTrip({ theme: "light" }).state.theme).toBe("light");
  });

  it("compare, either way, since absent means 'as the layout chooses'", () => {
    expect(roundTrip({ compare: true })).toEqual({
      state: { ...defaultUrlState, compare: true },
      search: "?compare=1",
    });
    expect(roundTrip({ compare: false })).toEqual({
      state: { ...defaultUrlState, compare: false },
      search: "?compare=0",
    });
  });

  it("defaults give an empty query string", () => {
    expect(serializeUrlState(defaultUrlState)).toBe("");
    expect(parseUrlState("").state).toEqual(defaultUrlState);
  });
});

describe("URL state: reading links made by hand", () => {
  it("ignores unknown parameters and keeps them when writing", () => {
    const { state, problems } = parseUrlState("?utm_source=mail&event=ev-1");
    expect(problems).toEqual([]);
    expect(state.event).toBe("ev-1");
    expect(serializeUrlState({ ...state, view: "list" }, "?utm_source=mail&event=ev-1")).toBe(
      "?utm_source=mail&event=ev-1&view=list",
    );
  });

  it("takes the default for unreadable values and says which", () => {
    const { state, problems } = parseUrlState(
      "?from=2018-02-31&view=map&embed=yes&to=2018-03-01&theme=purple&compare=maybe",
    );
    expect(state.from).toBeNull();
    expect(state.to).toBe("2018-03-01");
    expect(state.view).toBe("timeline");
    expect(state.embed).toBe(false);
    expect(state.theme).toBeNull();
    expect(state.compare).toBeNull();
    expect(problems.map((p) => p.param)).toEqual(["from", "view", "embed", "theme", "compare"]);
  });

  it("drops empty and repeated outlets", () => {
    expect(parseUrlState("?sources=kcna,,kcna,%20fox-news").state.sources).toEqual(["kcna", "fox-news"]);
  });
});
