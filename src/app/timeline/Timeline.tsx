import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DataSet } from "vis-data/esnext";
import { Timeline as VisTimeline } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "./timeline.css";
import type { Source } from "../../schema/source.ts";
import { dayToLocalDate, localDateToDay } from "../format/days.ts";
import type { LaneMode } from "../state/url-params.ts";
import type { EventIndex } from "./event-index.ts";
import { type DayWindow, windowShowing } from "./initial-window.ts";
import { buildTimelineItems, diffItems, type ExpectedStarts, type ItemSpec } from "./timeline-items.ts";
import { lanesFor, renderGroup, renderItem, toVisItem, type VisGroup, type VisItem } from "./vis-items.ts";

export type { DayWindow } from "./initial-window.ts";

export type TimelineProps = {
  index: EventIndex;
  sources: Source[];
  lanes: LaneMode;
  /** The window to show; the timeline moves there whenever it differs from what it last reported. */
  window: DayWindow;
  selectedId: string | null;
  cursorId: string | null;
  onSelectEvent: (eventId: string) => void;
  /** The pointer came to rest on an event: it may be opened next. */
  onHoverEvent?: (eventId: string) => void;
  onWindowChange: (window: DayWindow) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** Receives the zoom commands once the timeline exists, for the toolbar's buttons. */
  onReady: (commands: TimelineCommands | null) => void;
  /** While events are loading, the corpus's start days, to count the busy lanes (timeline-items.ts). */
  expected?: ExpectedStarts;
};

export type TimelineCommands = { zoomIn: () => void; zoomOut: () => void; show: (window: DayWindow) => void };

/** A window and the width it is drawn at. */
type View = DayWindow & { widthPx: number };

/** What vis-timeline keeps of a drawn item (not in its published types). */
type ItemView = { displayed?: boolean; hide(): void };

/** Everything that belongs to one vis-timeline instance: created together, destroyed together. */
type Instance = {
  timeline: VisTimeline;
  items: DataSet<VisItem, "id">;
  groups: DataSet<VisGroup, "id">;
  held: Map<string, ItemSpec>;
  /** The window last reported or applied, so our own echo through the URL does not move it again. */
  applied: DayWindow;
};

const DAY_MS = 86_400_000;
/** A user's click that ends a drag is a pan, not a choice of event. */
const CLICK_AFTER_DRAG_MS = 250;

const sameWindow = (a: DayWindow, b: DayWindow) => a.fromDay === b.fromDay && a.toDay === b.toDay;
const toDates = (w: DayWindow) => ({ start: dayToLocalDate(w.fromDay), end: dayToLocalDate(w.toDay + 1) });
/** The days a vis-timeline window shows: its end is the first moment not shown. */
const toDays = (start: Date, end: Date): DayWindow => ({
  fromDay: localDateToDay(start),
  toDay: localDateToDay(new Date(end.getTime() - 1)),
});

/**
 * The vis-timeline, created once and destroyed on unmount (StrictMode's double mount included). Data
 * reaches it only through its DataSets, as the difference between what it holds and what the
 * current window needs, so it never lays out more than a few hundred items at a time.
 */
export function Timeline(props: TimelineProps) {
  const container = useRef<HTMLElement>(null);
  const instance = useRef<Instance | null>(null);
  const latest = useRef(props);
  latest.current = props;
  // The window whose items are drawn, and the last window asked for. A window asked for anew (a link,
  // Back, the filter's matches lying elsewhere) is the view in this very render, so its items are
  // drawn with the change that moved it, not after vis-timeline reports the move ("rangechanged",
  // 200 ms later) or after a second render. One state for both: a render-phase update to one of two
  // states can be lost when React replays an update of lower priority to the other.
  const [shown, setShown] = useState(() => ({
    asked: props.window,
    view: { ...props.window, widthPx: 1000 },
  }));
  if (!sameWindow(shown.asked, props.window)) {
    setShown({
      asked: props.window,
      view: sameWindow(shown.view, props.window)
        ? shown.view
        : { ...props.window, widthPx: shown.view.widthPx },
    });
  }
  const { view } = shown;
  const setView = useCallback(
    (change: (v: View) => View) =>
      setShown((s) => {
        const next = change(s.view);
        return next === s.view ? s : { ...s, view: next };
      }),
    [],
  );

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const items = new DataSet<VisItem, "id">();
    const groups = new DataSet<VisGroup, "id">();
    // The opening window already shows the event in focus: vis-timeline re-applies its `start`/`end`
    // options after its first draw, which would undo a move made now (a link's event outside its window).
    const { index: openingIndex, cursorId: openingCursor, selectedId: openingSelected } = latest.current;
    const focus = openingIndex.byId.get(openingCursor ?? openingSelected ?? "");
    const opening = focus ? windowShowing(latest.current.window, focus) : latest.current.window;
    const { start, end } = toDates(opening);
    const timeline = new VisTimeline(
      element,
      items as never,
      groups as never,
      {
        start,
        end,
        stack: true,
        selectable: false,
        // Plain wheel scrolls the page; Ctrl+wheel (and trackpad pinch, which browsers send as it) zooms.
        zoomKey: "ctrlKey",
        // vis-timeline's own watcher polls its size each second and redraws everything when the height
        // differs from its last poll, which it does after any filter keystroke that changes the lanes:
        // a whole redraw up to a second after the keystroke. The container's width is watched below.
        autoResize: false,
        horizontalScroll: false,
        verticalScroll: false,
        orientation: { axis: "top", item: "top" },
        margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
        zoomMin: 5 * DAY_MS,
        zoomMax: 200 * 365 * DAY_MS,
        showCurrentTime: false,
        groupOrder: "order",
        minHeight: 180,
        template: (item: VisItem | undefined) => renderItem(item),
        groupTemplate: (group: VisGroup | undefined) => renderGroup(group),
      } as never,
    );
    const self: Instance = { timeline, items, groups, held: new Map(), applied: latest.current.window };
    instance.current = self;

    let lastUserMove = 0;
    timeline.on("rangechange", (p: { byUser?: boolean }) => {
      if (p.byUser) lastUserMove = Date.now();
    });
    let revealed = false;
    timeline.on("rangechanged", (p: { start: Date; end: Date }) => {
      // vis-timeline shows itself at the first redraw after its first "rangechanged", which its size
      // watcher used to provide.
      if (!revealed) {
        revealed = true;
        timeline.redraw();
      }
      const days = toDays(p.start, p.end);
      const widthPx = element.clientWidth || 1000;
      setView((v) => (sameWindow(v, days) && v.widthPx === widthPx ? v : { ...days, widthPx }));
      if (!sameWindow(days, self.applied)) {
        self.applied = days;
        latest.current.onWindowChange(days);
      }
    });
    timeline.on("itemover", (p: { item?: string | number | null }) => {
      const spec = p.item == null ? undefined : self.held.get(String(p.item));
      if (spec?.kind === "event") latest.current.onHoverEvent?.(spec.eventId);
    });
    timeline.on("click", (p: { item?: string | number | null }) => {
      if (p.item == null || Date.now() - lastUserMove < CLICK_AFTER_DRAG_MS) return;
      const spec = self.held.get(String(p.item));
      if (spec?.kind === "event") latest.current.onSelectEvent(spec.eventId);
      // A cluster opens by zooming to its bucket, where its events have room for their labels.
      else if (spec?.kind === "cluster") show({ fromDay: spec.startDay, toDay: spec.endDay - 1 });
    });
    const show = (w: DayWindow) => timeline.setWindow(toDates(w).start, toDates(w).end, { animation: true });
    latest.current.onReady({
      zoomIn: () => timeline.zoomIn(0.5, { animation: true }),
      zoomOut: () => timeline.zoomOut(0.5, { animation: true }),
      show,
    });
    setView(() => ({ ...opening, widthPx: element.clientWidth || 1000 }));
    let width = element.clientWidth;
    const resized = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      timeline.redraw();
      setView((v) => ({ ...v, widthPx: width || 1000 }));
    });
    resized.observe(element);
    return () => {
      resized.disconnect();
      latest.current.onReady(null);
      instance.current = null;
      timeline.destroy();
    };
    // setView is stable: the timeline is made once.
  }, [setView]);

  // Lanes: few, so they are simply replaced when the outlets or the mode change.
  const { sources, lanes, index } = props;
  const unattributed = useMemo(() => index.entries.some((e) => e.event.sourceIds.length === 0), [index]);
  const laneList = useMemo(() => lanesFor(lanes, sources, unattributed), [lanes, sources, unattributed]);
  useEffect(() => {
    const self = instance.current;
    if (!self) return;
    const keep = new Set(laneList.map((l) => l.id));
    self.groups.remove(self.groups.getIds().filter((id) => !keep.has(String(id))));
    self.groups.update(laneList);
  }, [laneList]);

  const { selectedId, cursorId, expected } = props;
  const specs = useMemo(
    () =>
      buildTimelineItems({ index, lanes, selectedId, cursorId, ...view, ...(expected ? { expected } : {}) }),
    [index, lanes, selectedId, cursorId, view, expected],
  );
  useEffect(() => {
    const self = instance.current;
    if (!self) return;
    const { add, update, remove } = diffItems(self.held, specs);
    for (const id of remove) self.held.delete(id);
    for (const spec of [...add, ...update]) self.held.set(spec.id, spec);
    if (remove.length) self.items.remove(remove);
    if (update.length) {
      // vis-timeline redraws and measures each displayed item as its data changes: with the counts of
      // some 25 clusters changing at each filter keystroke, that is 25 forced layouts. Taken off screen
      // first, the items are drawn again by the redraw that follows, measured together in one layout.
      // (`itemSet.items` is vis-timeline's own map of item views; without it, the plain path runs.)
      const views = (
        self.timeline as unknown as { itemSet?: { items?: Record<string, ItemView | undefined> } }
      ).itemSet?.items;
      for (const spec of update) if (views?.[spec.id]?.displayed) views[spec.id]!.hide();
      self.items.update(update.map(toVisItem));
    }
    if (add.length) self.items.add(add.map(toVisItem));
  }, [specs]);

  // The window asked for by the URL (Back, Forward, a link) or by the explorer (fit all).
  useEffect(() => {
    const self = instance.current;
    if (!self || sameWindow(props.window, self.applied)) return;
    self.applied = props.window;
    const { start, end } = toDates(props.window);
    self.timeline.setWindow(start, end, { animation: false });
  }, [props.window]);

  // The event in focus (keyboard cursor, else the selection) is brought into view if it is not: once
  // when it becomes the focus, or when it appears (its events file arrived, a filter let it back).
  // Not on every new index: events files arriving while the user pans must not pull the window back.
  const focusId = cursorId ?? selectedId;
  const brought = useRef<{ id: string | null; done: boolean }>({ id: null, done: false });
  useEffect(() => {
    if (brought.current.id !== focusId) brought.current = { id: focusId, done: false };
    const self = instance.current;
    if (!self || !focusId) return;
    const entry = index.byId.get(focusId);
    if (!entry) {
      brought.current.done = false;
      return;
    }
    if (brought.current.done) return;
    brought.current.done = true;
    const { fromDay, toDay } = toDays(self.timeline.getWindow().start, self.timeline.getWindow().end);
    if (entry.endDay >= fromDay && entry.startDay <= toDay) return;
    self.timeline.moveTo(dayToLocalDate(Math.round((entry.startDay + entry.endDay) / 2)), {
      animation: false,
    });
  }, [focusId, index]);

  return (
    <section
      ref={container}
      data-testid="timeline"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the timeline takes arrow keys, so it must take focus
      tabIndex={0}
      aria-roledescription="timeline"
      aria-label="Timeline of events. Left and right arrows move between events, Enter opens one, Escape closes it."
      onKeyDown={props.onKeyDown}
      className="px-timeline rounded-lg border border-slate-200 bg-white outline-none focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-offset-2 dark:border-slate-700 dark:bg-slate-900 dark:focus-visible:ring-offset-slate-950"
    />
  );
}
