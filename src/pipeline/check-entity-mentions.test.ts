import { describe, expect, it, vi } from "vitest";
import { entityMentionsFile } from "../schema/entity.ts";
import { entityMentionsFileCheck } from "./check-entity-mentions.ts";

/** Zod's answer and the hand-written check's: both accept with the same JSON, or both throw. */
function answers(data: unknown): { zod: string; check: string } {
  const run = (parse: (d: unknown) => unknown) => {
    try {
      return `ok ${JSON.stringify(parse(data))}`;
    } catch {
      return "rejected";
    }
  };
  return {
    zod: run((d) => entityMentionsFile.parse(d)),
    check: run((d) => entityMentionsFileCheck.parse(d)),
  };
}

const good = () => [
  {
    id: "person-kim-jong-un",
    texts: ["Kim Jong Un", "the respected Supreme Leader"],
    articles: [
      [
        "kcna-1",
        "kcna",
        [
          [0, 11, 0, 0],
          [40, 68, 1, -1],
        ],
      ],
      ["fox-2", "fox", []],
    ],
  },
  { id: "country-china", texts: [], articles: [] },
];

describe("entityMentionsFileCheck", () => {
  it("accepts what zod accepts and gives the same JSON, extra keys dropped", () => {
    const data = good();
    (data[0] as Record<string, unknown>).extra = 1;
    const { zod, check } = answers(data);
    expect(zod.startsWith("ok ")).toBe(true);
    expect(check).toBe(zod);
    expect(check).not.toContain("extra");
  });

  it("reads a good file without asking zod (zod is only for the message of a bad one)", () => {
    const spy = vi.spyOn(entityMentionsFile, "parse");
    try {
      entityMentionsFileCheck.parse(good());
      expect(spy).not.toHaveBeenCalled();
      expect(() => entityMentionsFileCheck.parse([{ id: "" }])).toThrow();
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  // Each case breaks one rule of the schema; zod must reject it, and so must the check.
  const broken: [string, (d: ReturnType<typeof good>) => unknown][] = [
    ["not an array", () => ({})],
    ["an entity that is null", (d) => [...d, null]],
    ["an entity that is an array", (d) => [...d, []]],
    ["an empty id", (d) => [{ ...d[0]!, id: "" }]],
    ["a numeric id", (d) => [{ ...d[0]!, id: 7 }]],
    ["no texts", () => [{ id: "x", articles: [] }]],
    ["a text that is a number", (d) => [{ ...d[0]!, texts: ["a", 1] }]],
    ["a sparse texts list", (d) => [{ ...d[0]!, texts: new Array(2) }]],
    ["no articles", () => [{ id: "x", texts: [] }]],
    ["a row of two", (d) => [{ ...d[0]!, articles: [["a", "b"]] }]],
    ["a row of four", (d) => [{ ...d[0]!, articles: [["a", "b", [], 1]] }]],
    ["a numeric article id", (d) => [{ ...d[0]!, articles: [[1, "b", []]] }]],
    ["a numeric source id", (d) => [{ ...d[0]!, articles: [["a", 2, []]] }]],
    ["mentions that are no list", (d) => [{ ...d[0]!, articles: [["a", "b", {}]] }]],
    ["a mention of three", (d) => [{ ...d[0]!, articles: [["a", "b", [[0, 1, 0]]]] }]],
    ["a mention of five", (d) => [{ ...d[0]!, articles: [["a", "b", [[0, 1, 0, 0, 0]]]] }]],
    ["a negative start", (d) => [{ ...d[0]!, articles: [["a", "b", [[-1, 1, 0, 0]]]] }]],
    ["a fractional end", (d) => [{ ...d[0]!, articles: [["a", "b", [[0, 1.5, 0, 0]]]] }]],
    ["a NaN text place", (d) => [{ ...d[0]!, articles: [["a", "b", [[0, 1, Number.NaN, 0]]]] }]],
    ["a form below -1", (d) => [{ ...d[0]!, articles: [["a", "b", [[0, 1, 0, -2]]]] }]],
    ["a form past the last", (d) => [{ ...d[0]!, articles: [["a", "b", [[0, 1, 0, 5]]]] }]],
    ["a form that is a string", (d) => [{ ...d[0]!, articles: [["a", "b", [[0, 1, 0, "0"]]]] }]],
    [
      "an infinite offset",
      (d) => [{ ...d[0]!, articles: [["a", "b", [[0, Number.POSITIVE_INFINITY, 0, 0]]]] }],
    ],
    ["a sparse mention list", (d) => [{ ...d[0]!, articles: [["a", "b", new Array(1)]] }]],
  ];
  for (const [what, make] of broken) {
    it(`rejects ${what}, as zod does`, () => {
      const { zod, check } = answers(make(good()));
      expect(zod).toBe("rejected");
      expect(check).toBe("rejected");
    });
  }

  it("accepts every form from -1 to the last, as zod does", () => {
    for (const form of [-1, 0, 1, 2, 3, 4]) {
      const { zod, check } = answers([{ id: "x", texts: ["t"], articles: [["a", "b", [[0, 1, 0, form]]]] }]);
      expect(zod.startsWith("ok ")).toBe(true);
      expect(check).toBe(zod);
    }
  });
});
