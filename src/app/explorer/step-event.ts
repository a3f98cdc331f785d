import type { EventIndex } from "../timeline/event-index.ts";
import { lowerBound } from "../timeline/event-index.ts";

export type Step = "previous" | "next" | "first" | "last";

/**
 * The event the keyboard moves to. From an event, the one before or after it in date order; with
 * none yet, the first event at or after the window's start (or the last before its end), so the
 * first key press lands on something the user can see.
 */
export function stepEvent(
  index: EventIndex,
  fromId: string | null,
  step: Step,
  window: { fromDay: number; toDay: number },
): string | null {
  const { entries } = index;
  if (entries.length === 0) return null;
  if (step === "first") return entries[0]?.event.id ?? null;
  if (step === "last") return entries.at(-1)?.event.id ?? null;
  const current = fromId ? index.byId.get(fromId) : undefined;
  if (current) {
    const at = current.position;
    const next = entries[step === "next" ? Math.min(entries.length - 1, at + 1) : Math.max(0, at - 1)];
    return next?.event.id ?? null;
  }
  if (step === "next") {
    const at = lowerBound(index.starts, window.fromDay);
    return (entries[at] ?? entries.at(-1))?.event.id ?? null;
  }
  const at = lowerBound(index.starts, window.toDay + 1) - 1;
  return (entries[at] ?? entries[0])?.event.id ?? null;
}
