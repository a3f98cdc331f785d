import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { EventSummary } from "../../schema/event.ts";
import type { Source } from "../../schema/source.ts";
import { formatEventDate } from "../format/event-date.ts";
import { SearchHighlight } from "../search/highlight-terms.tsx";

type Props = {
  events: EventSummary[];
  /** False while more events are still loading: the list's size is then not known yet. */
  complete?: boolean;
  sourceById: Map<string, Source>;
  selectedId: string | null;
  onSelect: (eventId: string) => void;
  /** The pointer or the focus came to an event's row: it may be opened next. */
  onHover?: (eventId: string) => void;
};

const ROW_HEIGHT = 76;

/**
 * The events in date order as a list: the view for screen readers and small screens. Only the rows
 * in view exist in the DOM, so 50,000 events scroll as smoothly as 50; one row at a time takes Tab
 * (roving tabindex) and the arrow keys move between rows, so the list is one stop on the Tab path.
 */
export function EventList({ events, complete = true, sourceById, selectedId, onSelect, onHover }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const selectedIndex = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  const [active, setActive] = useState(Math.max(0, selectedIndex));
  const focusAfterScroll = useRef(false);
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // Measured sizes follow the events, not their places, which change as earlier events arrive.
    getItemKey: (index) => events[index]?.id ?? index,
    overscan: 8,
  });

  // While events are still arriving, earlier ones land above the rows in view. A reader who has
  // scrolled keeps the row at the top of the view where it was; at the very top the list stays at
  // its start. Filtering a whole list moves nothing.
  const anchor = useRef<{ id: string; offset: number } | null>(null);
  const wasComplete = useRef(complete);
  const onScroll = () => {
    const el = scroller.current;
    // From the sizes, not the rendered rows: those may still be the ones of the previous offset.
    const row = el && el.scrollTop > 0 ? virtualizer.getVirtualItemForOffset(el.scrollTop) : undefined;
    const event = row && events[row.index];
    anchor.current = row && event && el ? { id: event.id, offset: row.start - el.scrollTop } : null;
  };
  useLayoutEffect(() => {
    const held = anchor.current;
    const loading = !wasComplete.current;
    wasComplete.current = complete;
    if (!held || !loading) return;
    const index = events.findIndex((e) => e.id === held.id);
    const start = index >= 0 ? virtualizer.getOffsetForIndex(index, "start")?.[0] : undefined;
    if (start !== undefined) virtualizer.scrollToOffset(start - held.offset);
  }, [events, complete, virtualizer]);

  useEffect(() => {
    if (selectedIndex < 0) return;
    setActive(selectedIndex);
    virtualizer.scrollToIndex(selectedIndex, { align: "auto" });
  }, [selectedIndex, virtualizer]);

  const activeIndex = Math.min(active, Math.max(0, events.length - 1));
  // After a key moved the active row, focus it once it has been rendered.
  useEffect(() => {
    if (!focusAfterScroll.current) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"] button`);
    if (row) {
      focusAfterScroll.current = false;
      row.focus();
    }
  });

  const move = (to: number) => {
    const next = Math.max(0, Math.min(events.length - 1, to));
    setActive(next);
    focusAfterScroll.current = true;
    virtualizer.scrollToIndex(next, { align: "auto" });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 600) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: events.length - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };

  return (
    <div
      ref={scroller}
      onScroll={onScroll}
      className="h-[min(70dvh,44rem)] min-h-80 overflow-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
    >
      <ol
        data-testid="event-list"
        aria-label={`Events in date order, ${events.length.toLocaleString("en")} ${complete ? "in all" : "loaded so far"}`}
        onKeyDown={onKeyDown}
        className="relative m-0 list-none p-0"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const event = events[row.index];
          if (!event) return null;
          const selected = event.id === selectedId;
          const outlets = event.sourceIds.map((id) => sourceById.get(id)?.name ?? id);
          return (
            <li
              key={event.id}
              data-index={row.index}
              data-testid="event-item"
              data-event-id={event.id}
              // -1: the size is not known yet (ARIA), while more events are loading.
              aria-setsize={complete ? events.length : -1}
              aria-posinset={row.index + 1}
              ref={virtualizer.measureElement}
              className="absolute inset-x-0 top-0 border-b border-slate-100 dark:border-slate-800"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <button
                type="button"
                tabIndex={row.index === activeIndex ? 0 : -1}
                aria-current={selected ? "true" : undefined}
                onClick={() => {
                  setActive(row.index);
                  onSelect(event.id);
                }}
                onMouseEnter={() => onHover?.(event.id)}
                onFocus={() => onHover?.(event.id)}
                className="flex w-full flex-col gap-0.5 px-4 py-3 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-500 aria-current:bg-sky-50 dark:hover:bg-slate-800 dark:aria-current:bg-sky-950"
              >
                <span className="text-xs font-medium text-slate-600 dark:text-slate-400">
                  {formatEventDate(event.start, event.end, event.precision)}
                </span>
                <span className="line-clamp-1 font-medium">
                  <SearchHighlight text={event.title} />
                </span>
                <span className="line-clamp-1 text-xs text-slate-600 dark:text-slate-400">
                  {outlets.join(", ")}
                  {outlets.length > 1 && ` · ${outlets.length} outlets`}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
