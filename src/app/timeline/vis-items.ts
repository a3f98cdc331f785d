import type { Source } from "../../schema/source.ts";
import { dayToLocalDate } from "../format/days.ts";
import { ALL_LANE, type ItemSpec, NO_OUTLET_LANE } from "./timeline-items.ts";

/**
 * Turning item specs into what vis-timeline holds. vis-timeline renders a string `content` as HTML,
 * and titles come from scraped articles, so nothing here is ever a string of markup: items carry
 * their spec, and the template builds DOM nodes with textContent.
 */
export type VisItem = {
  id: string;
  group: string;
  start: Date;
  end?: Date;
  type: "point" | "range";
  className: string;
  content: string;
  spec: ItemSpec;
};

export type VisGroup = { id: string; content: string; order: number; name: string; detail: string };

export function toVisItem(spec: ItemSpec): VisItem {
  const classes = ["px-item"];
  if (spec.kind === "cluster") classes.push("px-cluster-item", `px-density-${spec.level}`);
  else {
    classes.push(`px-precision-${spec.precision}`);
    if (spec.selected) classes.push("is-selected");
    if (spec.cursor) classes.push("is-cursor");
  }
  const end = spec.kind === "cluster" ? spec.endDay : spec.endDay;
  return {
    id: spec.id,
    group: spec.lane,
    start: dayToLocalDate(spec.startDay),
    ...(end !== undefined
      ? { end: spec.kind === "cluster" ? clusterEnd(spec.startDay, end) : dayToLocalDate(end) }
      : {}),
    // A one-day event is a point with its label after it: boxes would draw their stems across lanes.
    type: end !== undefined ? "range" : "point",
    className: classes.join(" "),
    content: "",
    spec,
  };
}

/**
 * A cluster stops short of its bucket's end, so neighbouring clusters do not touch and vis-timeline
 * keeps them on one row instead of stacking every other one.
 */
function clusterEnd(startDay: number, endDay: number): Date {
  const start = dayToLocalDate(startDay).getTime();
  return new Date(start + (dayToLocalDate(endDay).getTime() - start) * 0.8);
}

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/** vis-timeline's `template`: the visible content of one item, built as DOM nodes. */
export function renderItem(item: VisItem | undefined): HTMLElement {
  const root = document.createElement("div");
  const spec = item?.spec;
  if (!spec) return root;
  if (spec.kind === "cluster") {
    root.className = "px-cluster";
    root.dataset.testid = "cluster";
    root.dataset.count = String(spec.count);
    // The number alone fits the narrowest bucket; the full phrase is in the tooltip and for screen readers.
    root.textContent = spec.count.toLocaleString("en");
    root.title = `${plural(spec.count, "event")}: click or zoom in to see them`;
    root.setAttribute("aria-label", plural(spec.count, "event"));
    return root;
  }
  root.className = "px-event";
  root.dataset.testid = "event-item";
  root.dataset.eventId = spec.eventId;
  root.title = `${spec.title} (${plural(spec.coverage, "outlet")})`;
  const title = document.createElement("span");
  title.className = "px-event-title";
  title.textContent = spec.title;
  root.append(title);
  if (spec.coverage > 1) {
    const mark = document.createElement("span");
    mark.className = "px-coverage";
    mark.textContent = String(spec.coverage);
    mark.setAttribute("aria-label", plural(spec.coverage, "outlet"));
    root.append(mark);
  }
  return root;
}

/** vis-timeline's `groupTemplate`: an outlet's lane label. */
export function renderGroup(group: VisGroup | undefined): HTMLElement {
  const root = document.createElement("div");
  root.className = "px-lane";
  if (!group) return root;
  root.dataset.testid = "lane";
  root.dataset.laneId = group.id;
  const name = document.createElement("span");
  name.className = "px-lane-name";
  name.textContent = group.name;
  root.append(name);
  if (group.detail) {
    const detail = document.createElement("span");
    detail.className = "px-lane-detail";
    detail.textContent = group.detail;
    root.append(detail);
  }
  return root;
}

const kindLabel: Record<Source["kind"], string> = {
  "state-media": "state media",
  wire: "wire",
  broadcaster: "broadcaster",
  newspaper: "newspaper",
  magazine: "magazine",
  digital: "digital",
  opinion: "opinion",
  other: "",
};

/** One lane per outlet that has events, or one lane for all. */
export function lanesFor(mode: "outlets" | "single", sources: Source[], unattributed: boolean): VisGroup[] {
  if (mode === "single") return [{ id: ALL_LANE, content: "", order: 0, name: "All outlets", detail: "" }];
  const lanes = sources.map((s, i) => ({
    id: s.id,
    content: "",
    order: i,
    name: s.name,
    detail: kindLabel[s.kind],
  }));
  if (unattributed)
    lanes.push({ id: NO_OUTLET_LANE, content: "", order: lanes.length, name: "No outlet", detail: "" });
  return lanes;
}
