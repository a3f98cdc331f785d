import { describe, expect, it } from "vitest";
import { event } from "../../schema/event.ts";
import { DataError } from "./fetch-json.ts";
import { fileProblem, validateRecords } from "./fetch-records.ts";

const good = (id: string) => ({
  id,
  title: `Event ${id}`,
  start: "2018-06-12",
  precision: "day",
  sourceIds: ["kcna"],
  articleIds: ["a1"],
  mentions: [],
});

describe("validateRecords: a bad record costs that record only", () => {
  it("keeps every valid record and names each one left out, with where and what", () => {
    const data = [good("ev-1"), { ...good("ev-2"), start: "2018-02-31" }, good("ev-3"), "junk", { id: 7 }];
    const { records, problems } = validateRecords("events-2018.json", data, event);
    expect(records.map((e) => e.id)).toEqual(["ev-1", "ev-3"]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toEqual({
      file: "events-2018.json",
      path: "1.start",
      message: "record 2 (“ev-2”) left out: start: not a real calendar day",
    });
    expect(problems[1]?.path).toBe("3");
    expect(problems[1]?.message).toMatch(/^record 4 left out: /);
    expect(problems[2]?.path).toMatch(/^4\./);
  });

  it("fails the whole file when it is not a list, naming the file", () => {
    for (const data of [null, { events: [] }, "[]", 3]) {
      expect(() => validateRecords("events-2018.json", data, event)).toThrow(DataError);
    }
    try {
      validateRecords("events-2018.json", { events: [] }, event);
    } catch (error) {
      expect(fileProblem(error as Error)).toEqual({
        file: "events-2018.json",
        path: "",
        message: "events-2018.json does not match the data schema: expected a list of records, got object",
      });
    }
  });

  it("accepts an empty list", () => {
    expect(validateRecords("events-2018.json", [], event)).toEqual({ records: [], problems: [] });
  });

  it("keeps a long or hostile id short in the message and never interprets it", () => {
    const id = `<img src=x onerror=alert(1)>${"x".repeat(500)}`;
    const { problems } = validateRecords("e.json", [{ id, title: "" }], event);
    expect(problems[0]?.message.length).toBeLessThan(200);
    expect(problems[0]?.message).toContain("<img src=x onerror=alert(1)>");
  });
});
