import { type ParamName, parseUrlState } from "../state/url-params.ts";

const what: Partial<Record<ParamName, string>> = {
  from: "start date",
  to: "end date",
};
const expected: Partial<Record<ParamName, string>> = {
  from: "a day written YYYY-MM-DD",
  to: "a day written YYYY-MM-DD",
  view: "timeline, list, compare or report",
  lanes: "outlets or single",
  embed: "1 or 0",
  theme: "light or dark",
  compare: "1 or 0",
};

/**
 * What a link asked for that this data or this app cannot show, one sentence each: unreadable values
 * (which fell back to their default), a window that ends before it starts, outlets the data does not
 * have. An unknown event is left to the detail panel, which says so in place.
 */
export function describeLinkProblems(
  search: string,
  knownSourceIds: { has: (id: string) => boolean },
): string[] {
  const { state, problems } = parseUrlState(search);
  const lines = problems.map(({ param, value }) => {
    const name = what[param] ?? `“${param}” value`;
    const hint = expected[param];
    return `The ${name} “${value}” could not be read${hint ? ` (expected ${hint})` : ""}.`;
  });
  if (state.from && state.to && state.from > state.to)
    lines.push(`The window starts (${state.from}) after it ends (${state.to}).`);
  const unknown = state.sources.filter((id) => !knownSourceIds.has(id));
  if (unknown.length === 1) lines.push(`This data has no outlet “${unknown[0]}”.`);
  else if (unknown.length > 1)
    lines.push(`This data has no outlets ${unknown.map((id) => `“${id}”`).join(", ")}.`);
  return lines;
}
