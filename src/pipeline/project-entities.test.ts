import { describe, expect, it } from "vitest";
import type { Entity } from "../schema/entity.ts";
import { entitiesFile, entityMentionsFile } from "../schema/entity.ts";
import { projectEntityFiles } from "./project-entities.ts";

const mention = (n: number) => ({
  text: "Kim",
  articleId: `a${n}`,
  sourceId: "kcna",
  start: 0,
  end: 3,
  form: "surname" as const,
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
      entity("person-a", 30_000),
      entity("person-b", 30_000),
      entity("person-c", 0),
      entity("person-d", 5),
    ];
    const { files, add } = written();
    const out = projectEntityFiles(entities, add);
    expect(out.entityMentions).toEqual(["entity-mentions-000.json", "entity-mentions-001.json"]);
    const summaries = entitiesFile.parse(files.get("entities"));
    expect(summaries.map((s) => [s.id, s.mentionCount, s.mentionsFile])).toEqual([
      ["person-a", 30_000, 0],
      ["person-b", 30_000, 1],
      ["person-c", 0, undefined],
      ["person-d", 5, 1],
    ]);
    expect(summaries[0]).not.toHaveProperty("mentions");
    // Every mention is in the file its entity names, once.
    for (const s of summaries) {
      if (s.mentionsFile === undefined) continue;
      const file = entityMentionsFile.parse(files.get(`entity-mentions-00${s.mentionsFile}`));
      expect(file.find((e) => e.id === s.id)?.mentions).toHaveLength(s.mentionCount);
    }
  });

  it("gives an entity with more mentions than a file holds a file of its own", () => {
    const { files, add } = written();
    const out = projectEntityFiles(
      [entity("person-a", 5), entity("person-huge", 90_000), entity("person-z", 5)],
      add,
    );
    expect(out.entityMentions).toHaveLength(3);
    expect(entityMentionsFile.parse(files.get("entity-mentions-001")).map((e) => e.id)).toEqual([
      "person-huge",
    ]);
  });
});
