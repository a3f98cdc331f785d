import { describe, expect, it } from "vitest";
import { defaultUrlState, parseUrlState, serializeUrlState, type UrlState } from "../state/url-params.ts";
import { sharedEventState, sharedViewState } from "./share-links.ts";

const embedded: UrlState = {
  ...defaultUrlState,
  event: "ev-1",
  article: "a-1",
  q: "summit",
  sources: ["kcna"],
  from: "2018-05-01",
  to: "2018-06-30",
  view: "list",
  embed: true,
  theme: "dark",
  compare: true,
};

describe("shared links", () => {
  it("a view's link keeps what the sender sees and drops what belongs to one embedding", () => {
    const search = serializeUrlState(sharedViewState(embedded));
    expect(search).not.toMatch(/embed|theme|compare/);
    expect(parseUrlState(search).state).toEqual({ ...embedded, embed: false, theme: null, compare: null });
  });

  it("an event's link selects that event with the reader closed", () => {
    const state = parseUrlState(serializeUrlState(sharedEventState(embedded, "ev-2"))).state;
    expect(state).toMatchObject({
      event: "ev-2",
      article: null,
      q: "summit",
      sources: ["kcna"],
      embed: false,
    });
  });
});
