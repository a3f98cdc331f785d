import type { Day } from "./calendar.ts";
import type { Tense } from "./tense.ts";

/**
 * Values that need the rest of the document: "the quarter" means the quarter the report is about,
 * "a year earlier" in an earnings story means that quarter a year before, "that year" the year
 * last named.
 */
export type Deferred =
  /** `fallback` is the quarter to take when the story has named none (from "ended Sept. 30"). */
  | { kind: "quarter-ref"; fallback?: string }
  | { kind: "year-before"; quarterly: boolean; fallback: string }
  /** "the 1988 period": that year's quarter when the story is about a quarter, else the year. */
  | { kind: "year-period"; year: number }
  /** "that year", "the following month": the last date the text named, moved by `shift` units. */
  | { kind: "anaphor"; unit: "year" | "month"; shift: number };

/**
 * A span some rule recognised. `value: null` marks a blocker: a duration, clock time or set
 * ("the past two years", "Friday night") that must win the span so that no shorter date rule
 * claims part of it, and is then dropped.
 */
export interface Candidate {
  start: number;
  end: number;
  value: string | Deferred | null;
}

export interface RuleContext {
  text: string;
  dct: Day;
  tenseAt(start: number, end: number): Tense;
}

export interface Rule {
  /** Says what the rule recognises; shows in test failures and when debugging. */
  name: string;
  /** Global flag required. */
  pattern: RegExp;
  resolve(match: RegExpExecArray, ctx: RuleContext): Candidate["value"] | undefined;
}

/** Runs every rule over the text. A resolver returning undefined rejects the match. */
export function applyRules(rules: readonly Rule[], ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(ctx.text); m; m = rule.pattern.exec(ctx.text)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const value = rule.resolve(m, ctx);
      if (value !== undefined) out.push({ start: m.index, end: m.index + m[0].length, value });
    }
  }
  return out;
}
