import { isoDay } from "../../schema/dates.ts";

/**
 * The URL schema (contract §4), one table: each parameter with how it is read, written and what it is
 * when absent. A value equal to its default is left out of the URL, so links stay short and a bare
 * address means "the default view". Parameters not in the table are ignored.
 *
 * `parse` returns `undefined` for a value it cannot read; the state then takes the default and
 * records the problem, so a bad link can say what was wrong while the rest of it still applies.
 */
export type Param<T> = {
  parse: (raw: string) => T | undefined;
  serialize: (value: T) => string;
  default: T;
  equals?: (a: T, b: T) => boolean;
};

/** `report`: the build report, every input file and what became of its articles (extends contract §4). */
export const views = ["timeline", "list", "compare", "report"] as const;
export type View = (typeof views)[number];
export const laneModes = ["outlets", "single"] as const;
export type LaneMode = (typeof laneModes)[number];
export const urlThemes = ["light", "dark"] as const;
export type UrlTheme = (typeof urlThemes)[number];

const optionalId: Param<string | null> = {
  parse: (raw) => (raw.trim() ? raw.trim() : undefined),
  serialize: (value) => value ?? "",
  default: null,
};

const optionalDay: Param<string | null> = {
  parse: (raw) => (isoDay.safeParse(raw).success ? raw : undefined),
  serialize: (value) => value ?? "",
  default: null,
};

/** A value from a fixed list, or nothing: absent means "whatever the layout or the reader would choose". */
function optionalOneOf<T extends string>(values: readonly T[]): Param<T | null> {
  return {
    parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
    serialize: (value) => value ?? "",
    default: null,
  };
}

const optionalFlag: Param<boolean | null> = {
  parse: (raw) => (raw === "1" || raw === "true" ? true : raw === "0" || raw === "false" ? false : undefined),
  serialize: (value) => (value ? "1" : "0"),
  default: null,
};

function oneOf<T extends string>(values: readonly T[], fallback: T): Param<T> {
  return {
    parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
    serialize: (value) => value,
    default: fallback,
  };
}

export const urlParams = {
  /** The selected event: in view, its detail open. */
  event: optionalId,
  /** The article open in the reader, beside the selected event (extends contract §4). */
  article: optionalId,
  /** The full-text filter, as typed. */
  q: { parse: (raw) => raw, serialize: (value) => value, default: "" } as Param<string>,
  /** Only these outlets; empty means all. */
  sources: {
    parse: (raw) => [
      ...new Set(
        raw
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ],
    serialize: (value) => value.join(","),
    default: [],
    equals: (a, b) => a.length === b.length && a.every((s, i) => s === b[i]),
  } as Param<string[]>,
  /** The visible window of the timeline, both days included. */
  from: optionalDay,
  to: optionalDay,
  view: oneOf(views, "timeline"),
  /** Lanes per outlet or one lane for all (extends contract §4). */
  lanes: oneOf(laneModes, "outlets"),
  /** Compact layout for iframes. */
  embed: {
    parse: (raw) =>
      raw === "1" || raw === "true" ? true : raw === "0" || raw === "false" ? false : undefined,
    serialize: (value) => (value ? "1" : "0"),
    default: false,
  } as Param<boolean>,
  /** Light or dark, overriding the reader's own choice (for embeds matching their host page). */
  theme: optionalOneOf(urlThemes),
  /** Whether the outlets' comparison shows under the selected event; absent: yes, except when embedded. */
  compare: optionalFlag,
};

type Table = typeof urlParams;
export type ParamName = keyof Table;
export type UrlState = { [K in ParamName]: Table[K]["default"] };
export type UrlStateProblem = { param: ParamName; value: string };

export const defaultUrlState: UrlState = Object.fromEntries(
  Object.entries(urlParams).map(([name, param]) => [name, param.default]),
) as UrlState;

/** Reads a query string into the state; unknown parameters are ignored, unreadable ones listed. */
export function parseUrlState(search: string): { state: UrlState; problems: UrlStateProblem[] } {
  const query = new URLSearchParams(search);
  const state: Record<string, unknown> = { ...defaultUrlState };
  const problems: UrlStateProblem[] = [];
  for (const [name, param] of Object.entries(urlParams) as [ParamName, Param<unknown>][]) {
    const raw = query.get(name);
    if (raw === null) continue;
    const value = param.parse(raw);
    if (value === undefined) problems.push({ param: name, value: raw });
    else state[name] = value;
  }
  return { state: state as UrlState, problems };
}

function isDefault(param: Param<unknown>, value: unknown): boolean {
  return param.equals ? param.equals(value, param.default) : value === param.default;
}

/**
 * Writes the state into a query string, keeping parameters that are not ours (an embedding page's
 * tracking tag, say) in place, in the table's order so the same state always gives the same URL.
 */
export function serializeUrlState(state: UrlState, keep = ""): string {
  const query = new URLSearchParams(keep);
  for (const name of Object.keys(urlParams)) query.delete(name);
  for (const [name, param] of Object.entries(urlParams) as [ParamName, Param<unknown>][]) {
    const value = state[name];
    if (!isDefault(param, value)) query.set(name, param.serialize(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
