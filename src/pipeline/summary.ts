import type { Corpus } from "./assemble-corpus.ts";

const SHOWN = 8;

/** The one-screen summary printed at the end of a build. */
export function formatSummary(corpus: Corpus, output: string): string {
  const { report } = corpus;
  const lines = [
    `Parallax data: ${report.read} read, ${report.written} written, ${report.rejected.length} rejected, ${report.merged.length} duplicates merged`,
    `  ${corpus.events.length} events, ${corpus.sources.length} outlets, ${report.warnings.length} warnings -> ${output}`,
  ];
  const list = (title: string, entries: { file: string; line?: number; reason: string }[]) => {
    if (entries.length === 0) return;
    lines.push(`  ${title}:`);
    for (const e of entries.slice(0, SHOWN))
      lines.push(`    ${e.file}${e.line ? `:${e.line}` : ""}  ${e.reason}`);
    if (entries.length > SHOWN) lines.push(`    … and ${entries.length - SHOWN} more in the report`);
  };
  list("rejected", report.rejected);
  list("merged", report.merged);
  if (report.warnings.length > 0)
    lines.push(`  warnings are listed in the report (${report.warnings.length})`);
  return `${lines.join("\n")}\n`;
}
