/** Colours for up to eight outlets; picked to stay apart for common colour-vision deficiencies. */
export const OUTLET_COLORS = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#56b4e9",
  "#d55e00",
  "#f0e442",
  "#000000",
];

const W = 560;
const H = 140;
const PAD = { left: 28, right: 8, top: 8, bottom: 22 };

/**
 * Events covered per month, one line per outlet, in plain SVG: a dozen points per line do not need
 * a chart library, and the table below it carries the same numbers for screen readers.
 */
export function CoverageChart({
  months,
  series,
}: {
  months: string[];
  series: { id: string; name: string; values: number[] }[];
}) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = (i: number) =>
    PAD.left + (months.length <= 1 ? 0 : (i / (months.length - 1)) * (W - PAD.left - PAD.right));
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  return (
    <figure className="space-y-1" data-testid="coverage-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="w-full max-w-xl"
        role="img"
        aria-label="Events covered per month"
      >
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#94a3b8" />
        <text x={PAD.left - 4} y={y(max) + 4} textAnchor="end" fontSize="10" fill="#64748b">
          {max}
        </text>
        <text x={PAD.left - 4} y={y(0)} textAnchor="end" fontSize="10" fill="#64748b">
          0
        </text>
        {months.length > 0 && (
          <>
            <text x={x(0)} y={H - 6} fontSize="10" fill="#64748b">
              {months[0]}
            </text>
            <text x={x(months.length - 1)} y={H - 6} textAnchor="end" fontSize="10" fill="#64748b">
              {months[months.length - 1]}
            </text>
          </>
        )}
        {series.map((s, n) => (
          <g key={s.id} data-source-id={s.id}>
            <polyline
              fill="none"
              stroke={OUTLET_COLORS[n % OUTLET_COLORS.length]}
              strokeWidth="2"
              points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}
            />
            {s.values.map((v, i) => (
              <circle
                key={months[i]}
                cx={x(i)}
                cy={y(v)}
                r="2.5"
                fill={OUTLET_COLORS[n % OUTLET_COLORS.length]}
              >
                <title>{`${s.name}, ${months[i]}: ${v} events`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="flex flex-wrap gap-3 text-xs">
        {series.map((s, n) => (
          <span key={s.id} className="inline-flex items-center gap-1">
            <svg width="10" height="10" aria-hidden="true">
              <rect width="10" height="10" fill={OUTLET_COLORS[n % OUTLET_COLORS.length]} />
            </svg>
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
