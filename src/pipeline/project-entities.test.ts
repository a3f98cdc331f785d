import { describe, expect, it } from "vitest";
import type { Entity } from "../schema/entity.ts";
import { entitiesFile, entityMentionsFile, entityMentionsOf } from "../schema/entity.ts";
import { projectEntityFiles } from "./project-entities.ts";

// Articles of several mentions each, texts and forms that vary, one mention without a form.
const mention = (n: number) => ({
  text: n % 3 ? "Kim" : "Chairman Kim Jong Un",
  articleId: `a${Math.floor(n / 4)}`,
  sourceId: n % 8 < 4 ? "kcna" : "fox",
  start: n,
  end: n + 3,
  ...(n % 5 ? { form: n % 2 ? ("surname" as const) : ("title" as const) } : {}),
});
const entity = (id: string, mentions: number): Entity => ({
  id,
  name: id,
  kind: "person",
  mentions: Array.from({ length: mentions }, (_, n) => mention(n)),
  aliases: ["Kim"],
  titles: [],
});

function written() {
  const files = new Map<string, unknown>();
  const add = (stem: string, schema: { parse: (d: unknown) => unknown }, data: unknown) => {
    files.set(stem, schema.parse(data));
    return `${stem}.json`;
  };
  return { files, add };
}

describe("entity files", () => {
  it("keeps names in the entities file and every mention in the mention files, each entity findable", () => {
    const entities = [
      entity("person-a", 60_000),
      entity("person-b", 60_000),
      entity("person-c", 0),
      entity("person-d", 5),
    ];
    const { files, add } = written();
    const out = projectEntityFiles(entities, add);
    expect(out.entityMentions).toEqual(["entity-mentions-000.json", "entity-mentions-001.json"]);
    const summaries = entitiesFile.parse(files.get("entities"));
    expect(summaries.map((s) => [s.id, s.mentionCount, s.mentionsFile])).toEqual([
      ["person-a", 60_000, 0],
      ["person-b", 60_000, 1],
      ["person-c", 0, undefined],
      ["person-d", 5, 1],
    ]);
    expect(summaries[0]).not.toHaveProperty("mentions");
    // Every mention is in the file its entity names, once, and unpacks to what was packed.
    for (const s of summaries) {
      if (s.mentionsFile === undefined) continue;
      const file = entityMentionsFile.parse(files.get(`entity-mentions-00${s.mentionsFile}`));
      const packed = file.find((e) => e.id === s.id)!;
      expect(entityMentionsOf(packed)).toEqual(entities.find((e) => e.id === s.id)!.mentions);
    }
  });

  it("gives an entity with more mentions than a file holds a file of its own", () => {
    const { files, add } = written();
    const out = projectEntityFiles(
      [entity("person-a", 5), entity("person-huge", 150_000), entity("person-z", 5)],
      add,
    );
    expect(out.entityMentions).toHaveLength(3);
    expect(entityMentionsFile.parse(files.get("entity-mentions-001")).map((e) => e.id)).toEqual([
      "person-huge",
    ]);
  });
});
