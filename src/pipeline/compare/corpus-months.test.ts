import { describe, expect, it } from "vitest";
import { assembleCorpus } from "../assemble-corpus.ts";
import { readInput } from "../read/read-input.ts";

/** One JSONL file of articles, through the whole pure build. */
function corpusOf(articles: { source: string; date: string; title: string; body: string }[]) {
  const text = articles.map((a) => JSON.stringify(a)).join("\n");
  const bytes = new TextEncoder().encode(text);
  return assembleCorpus([readInput("news.jsonl", bytes.length, bytes)], {});
}

describe("the corpus comparison's months", () => {
  it("span the articles' publication, not the history they recall, and count that history only in totals", () => {
    const corpus = corpusOf([
      {
        source: "Wire",
        date: "2018-05-02",
        title: "Envoys meet",
        body: "President Joe Smith met Premier Ray Dunn in Oslo on Tuesday.\n\nIn 1953, General Tom Ward signed the armistice with Ray Dunn's father in Oslo.",
      },
      {
        source: "Wire",
        date: "2018-07-10",
        title: "Summit set",
        body: "President Joe Smith named a new envoy on Monday.\n\nJoe Smith will meet Premier Ray Dunn in Lisbon on August 20, 2018.",
      },
    ]);
    const { months, outlets } = corpus.comparisons.corpus;
    expect(months[0]).toBe("2018-05");
    // The announced summit, a month after the last article, is still drawn.
    expect(months.at(-1)).toBe("2018-08");
    expect(months).toHaveLength(4);
    expect(corpus.events.some((e) => e.start.startsWith("1953"))).toBe(true);
    const wire = outlets.find((o) => o.sourceId === "wire")!;
    expect(wire.monthly.reduce((a, b) => a + b, 0)).toBeLessThan(wire.eventCount);
  });
});
