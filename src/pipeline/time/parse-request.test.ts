import { describe, expect, it } from "vitest";
import { parseTimexRequest } from "./parse-request.ts";

describe("parseTimexRequest", () => {
  it("accepts a line with id, dct and text, a DCT with a time included", () => {
    expect(parseTimexRequest('{"id":"a","dct":"2018-07-12T10:00:00Z","text":"today"}')).toEqual({
      id: "a",
      dct: "2018-07-12T10:00:00Z",
      text: "today",
    });
  });

  it("says why a line is unusable", () => {
    expect(parseTimexRequest("{oops")).toBe("not valid JSON");
    expect(parseTimexRequest("[1]")).toBe("expected a JSON object");
    expect(parseTimexRequest('{"id":"a","dct":"2018-02-30","text":"x"}')).toMatch(/dct/);
    expect(parseTimexRequest('{"id":"a","dct":"2018-02-03"}')).toMatch(/text/);
  });
});
