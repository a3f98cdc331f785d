import { controlClass } from "../layout/buttons.ts";
import type { LaneMode } from "../state/url-params.ts";

type Props = {
  onFit: () => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  lanes: LaneMode;
  onLanesChange: (lanes: LaneMode) => void;
  disabled: boolean;
};

/** Zoom and lane controls: the buttons for what mouse, touch and keyboard also do. */
export function TimelineToolbar({ onFit, onZoomIn, onZoomOut, lanes, onLanesChange, disabled }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <fieldset className="flex gap-1">
        <legend className="sr-only">Zoom</legend>
        <button type="button" className={controlClass} onClick={onFit} disabled={disabled}>
          Fit all
        </button>
        <button
          type="button"
          className={controlClass}
          onClick={onZoomIn}
          disabled={disabled}
          aria-label="Zoom in"
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          className={controlClass}
          onClick={onZoomOut}
          disabled={disabled}
          aria-label="Zoom out"
        >
          <span aria-hidden="true">−</span>
        </button>
      </fieldset>
      <button
        type="button"
        className={controlClass}
        aria-pressed={lanes === "outlets"}
        onClick={() => onLanesChange(lanes === "outlets" ? "single" : "outlets")}
      >
        Lanes per outlet
      </button>
    </div>
  );
}

/** How to drive the timeline without the buttons. */
export function TimelineHint() {
  return (
    <p className="text-xs text-slate-500 dark:text-slate-400">
      Drag to pan · Ctrl + scroll or pinch to zoom · click a count to open it · focus the timeline, then ← →
      walk the events, Enter opens one, Esc closes it
    </p>
  );
}
