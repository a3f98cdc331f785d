import { describe, expect, it } from "vitest";
import type { Entity } from "../schema/entity.ts";
import { entitiesFile, entityMentionsFile, entityMentionsOf } from "../schema/entity.ts";
import { type LinkedEntity, mentionListOf } from "./events/mention-list.ts";
import { type EntityFileNames, projectEntityFiles } from "./project-entities.ts";

// Articles of several mentions each, texts and forms that vary, one mention without a form.
const mention = (n: number) => ({
  text: n % 3 ? "Kim" : "Chairman Kim Jong Un",
  articleId: `a${Math.floor(n / 4)}`,
  sourceId: n % 8 < 4 ? "kcna" : "fox",
  start: n,
  end: n + 3,
  ...(n % 5 ? { form: n % 2 ? ("surname" as const) : ("title" as const) } : {}),
});
const plain = (id: string, mentions: number): Entity => ({
  id,
  name: id,
  kind: "person",
  mentions: Array.from({ length: mentions }, (_, n) => mention(n)),
  aliases: ["Kim"],
  titles: [],
});
const entity = (id: string, mentions: number): LinkedEntity => ({
  id,
  name: id,
  kind: "person",
  mentions: mentionListOf(plain(id, mentions).mentions),
  aliases: ["Kim"],
  titles: [],
});

/** Every step taken, as the build does; each file is counted in the step that made it. */
function drain(steps: Generator<number, EntityFileNames, undefined>): EntityFileNames {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function written() {
  const files = new Map<string, unknown>();
  let made = 0;
  const add = (stem: string, schema: { parse: (d: unknown) => unknown }, data: unknown) => {
    files.set(stem, schema.parse(data));
    made++;
    return `${stem}.json`;
  };
  // What a step gives the build to write: the files made since the last one.
  let flushed = 0;
  const flush = () => {
    const n = made - flushed;
    flushed = made;
    return n;
  };
  return { files, add, flush };
}

describe("entity files", () => {
  it("keeps names in the entities file and every mention in the mention files, each entity findable", () => {
    const entities = [
      entity("person-a", 60_000),
      entity("person-b", 60_000),
      entity("person-c", 0),
      entity("person-d", 5),
    ];
    const { files, add, flush } = written();
    const steps = projectEntityFiles(entities, add, flush);
    // One mention file per step, so that each is written and let go before the next is made.
    expect(steps.next()).toEqual({ done: false, value: 1 });
    expect(steps.next()).toEqual({ done: false, value: 1 });
    const out = drain(steps);
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
      expect(entityMentionsOf(packed)).toEqual(plain(s.id, s.mentionCount).mentions);
    }
  });

  it("gives an entity with more mentions than a file holds a file of its own", () => {
    const { files, add, flush } = written();
    const out = drain(
      projectEntityFiles(
        [entity("person-a", 5), entity("person-huge", 150_000), entity("person-z", 5)],
        add,
        flush,
      ),
    );
    expect(out.entityMentions).toHaveLength(3);
    expect(entityMentionsFile.parse(files.get("entity-mentions-001")).map((e) => e.id)).toEqual([
      "person-huge",
    ]);
  });
});
