import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { memoryCache } from "./memory-cache.ts";
import { digestOf, loadStageMemo, openStageMemo, saveStageMemo } from "./stage-memo.ts";

describe("stage memo", () => {
  it("gives back what the last build kept, under the same digest only", () => {
    const first = openStageMemo();
    const value = { found: [{ key: "a:1", terms: ["kim", "meet"], title: "Kim meets" }], n: 2 };
    first.set("d1", value);
    first.set("d2", [1, 2, 3]);
    value.n = 99; // kept as it was when set
    const bytes = first.pack()!;
    const second = openStageMemo(bytes);
    expect(second.get("d1")).toEqual({
      found: [{ key: "a:1", terms: ["kim", "meet"], title: "Kim meets" }],
      n: 2,
    });
    expect(second.get("d3")).toBeUndefined();
    expect(second.counts).toEqual({ kept: 1, made: 0 });
    // Only what this build asked for or made is kept: d2 goes.
    second.set("d4", "new");
    const third = openStageMemo(second.pack()!);
    expect(third.get("d2")).toBeUndefined();
    expect(third.get("d4")).toBe("new");
    expect(third.get("d1")).toBeDefined();
  });

  it("is not stored again when a build asked for exactly what it held", () => {
    const first = openStageMemo();
    first.set("d1", 1);
    const second = openStageMemo(first.pack()!);
    expect(second.get("d1")).toBe(1);
    expect(second.pack()).toBeUndefined();
  });

  it("packs the same results into the same bytes whatever order they came in", () => {
    const a = openStageMemo();
    a.set("x", 1);
    a.set("y", 2);
    const b = openStageMemo();
    b.set("y", 2);
    b.set("x", 1);
    expect(Buffer.from(a.pack()!).equals(Buffer.from(b.pack()!))).toBe(true);
  });

  it("takes damaged or cut bytes for no memo", () => {
    const first = openStageMemo();
    first.set("d1", { a: 1 });
    const bytes = first.pack()!;
    expect(openStageMemo(new Uint8Array([1, 2, 3])).get("d1")).toBeUndefined();
    expect(openStageMemo(bytes.subarray(0, bytes.length - 3)).get("d1")).toBeUndefined();
  });

  it("is kept in the cache between builds under a key of its own", async () => {
    const cache = memoryCache("v1");
    const memo = await loadStageMemo(cache, "events");
    memo.set(digestOf(["article", new Uint8Array([1, 2])]), ["m"]);
    await saveStageMemo(cache, "events", memo);
    expect([...cache.entries.keys()]).toEqual(["v1/memo-events"]);
    const next = await loadStageMemo(cache, "events");
    expect(next.get(digestOf(["article", new Uint8Array([1, 2])]))).toEqual(["m"]);
    expect(next.get(digestOf(["article", new Uint8Array([1, 3])]))).toBeUndefined();
  });

  it("digests parts so that moving text from one part to the next changes the digest", () => {
    expect(digestOf(["ab", "c"])).not.toBe(digestOf(["a", "bc"]));
    expect(digestOf(["ab"])).not.toBe(digestOf([new TextEncoder().encode("ab")]));
    expect(digestOf(["ab", "c"])).toBe(digestOf(["ab", "c"]));
  });

  it("digests text parts as each one's length and UTF-8 bytes, one after the other, as bytes parts are", () => {
    // Text alone is hashed as one string; with bytes among the parts, part by part. Both must give
    // the digests the memos were kept under.
    const byParts = (parts: string[]) => {
      const hash = createHash("sha256");
      for (const part of parts) hash.update(`${part.length}:`).update(part);
      return hash.digest("hex");
    };
    for (const parts of [["a😀", "b"], ["Ünïcode – “quoted”", ""], [], ["x\ny", "1:2"]])
      expect(digestOf(parts)).toBe(byParts(parts));
    const mixed = createHash("sha256")
      .update("2:")
      .update("ab")
      .update("#1:")
      .update(new Uint8Array([7]));
    expect(digestOf(["ab", new Uint8Array([7])])).toBe(mixed.digest("hex"));
  });
});

describe("stage memo texts", () => {
  it("gives back a text as it was set, through pack()", () => {
    const first = openStageMemo();
    const json = '{"b":1,  "a":[2]}';
    first.setText("d1", json);
    first.setText("d2", "not JSON at all ✓");
    expect(first.getText("d1")).toBe(json);
    const second = openStageMemo(first.pack()!);
    expect(second.getText("d1")).toBe(json);
    expect(second.getText("d2")).toBe("not JSON at all ✓");
    expect(second.getText("d3")).toBeUndefined();
    expect(second.counts).toEqual({ kept: 2, made: 0 });
  });

  it("reads a text set as JSON with get, and a value set with set as its JSON with getText", () => {
    const first = openStageMemo();
    first.setText("d1", '{"n":2}');
    first.set("d2", { n: 3 });
    const second = openStageMemo(first.pack()!);
    expect(second.get("d1")).toEqual({ n: 2 });
    expect(second.getText("d2")).toBe('{"n":3}');
  });

  it("counts a text set again under the digest it was read with once, as kept", () => {
    const first = openStageMemo();
    first.setText("d1", "one");
    const second = openStageMemo(first.pack()!);
    expect(second.getText("d1")).toBe("one");
    second.setText("d1", "two");
    expect(second.counts).toEqual({ kept: 1, made: 0 });
    second.setText("d2", "new");
    expect(second.counts).toEqual({ kept: 1, made: 1 });
  });
});

describe("stage memo without deflate", () => {
  it("stores the entries as they are, and reads its own bytes back", () => {
    const first = openStageMemo(undefined, { deflate: false });
    first.setText("d1", '{"eventId":"e1"}');
    first.set("d2", [1, 2]);
    const bytes = first.pack()!;
    expect(Buffer.from(bytes).includes('{"eventId":"e1"}')).toBe(true);
    const second = openStageMemo(bytes, { deflate: false });
    expect(second.getText("d1")).toBe('{"eventId":"e1"}');
    expect(second.get("d2")).toEqual([1, 2]);
  });

  it("deflates by default", () => {
    const plain = openStageMemo(undefined, { deflate: false });
    const deflated = openStageMemo();
    for (const memo of [plain, deflated]) memo.setText("d1", "abc ".repeat(100));
    const plainBytes = plain.pack()!;
    const deflatedBytes = deflated.pack()!;
    expect(deflatedBytes.length).toBeLessThan(plainBytes.length);
    expect(Buffer.from(deflatedBytes).includes("abc abc")).toBe(false);
    expect(Buffer.from(plainBytes).includes("abc abc")).toBe(true);
    expect(openStageMemo(deflatedBytes).getText("d1")).toBe("abc ".repeat(100));
  });

  it("is not stored again when everything read was kept and nothing set", () => {
    const first = openStageMemo(undefined, { deflate: false });
    first.setText("d1", "one");
    first.setText("d2", "two");
    const bytes = first.pack()!;
    const second = openStageMemo(bytes, { deflate: false });
    expect(second.getText("d1")).toBe("one");
    expect(second.getText("d2")).toBe("two");
    expect(second.pack()).toBeUndefined();
    // One entry not asked for: stored again without it.
    const third = openStageMemo(bytes, { deflate: false });
    expect(third.getText("d1")).toBe("one");
    const packed = third.pack()!;
    expect(packed).toBeDefined();
    expect(openStageMemo(packed, { deflate: false }).getText("d2")).toBeUndefined();
  });

  it("is stored again when a text was set again under a digest it was read with", () => {
    const first = openStageMemo(undefined, { deflate: false });
    first.setText("d1", "one");
    const bytes = first.pack()!;
    const second = openStageMemo(bytes, { deflate: false });
    expect(second.getText("d1")).toBe("one");
    second.setText("d1", "two");
    const packed = second.pack();
    expect(packed).toBeDefined();
    expect(openStageMemo(packed, { deflate: false }).getText("d1")).toBe("two");
  });
});
