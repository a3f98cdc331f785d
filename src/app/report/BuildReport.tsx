import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useMemo } from "react";
import type { Article } from "../../schema/article.ts";
import type { Report, ReportEntry } from "../../schema/report.ts";
import { reportQuery, useArticles, useManifest } from "../data/queries.ts";
import { ErrorMessage, LineSkeleton } from "../layout/StatusViews.tsx";
import { DataProblems } from "./DataProblems.tsx";
import { accountingGaps, type FileOutcome, outcomesByFile, sortByPlace } from "./report-rows.ts";

/**
 * The build report (`view=report`): every input file and what became of each article in it, so no
 * article disappears without a trace. All of it comes from scraped files, so it is shown as text.
 */
export function BuildReport() {
  const manifest = useManifest();
  const files = manifest.data?.files;
  const report = useQuery({ ...reportQuery(files?.report ?? ""), enabled: Boolean(files) });
  const articles = useArticles(files?.articles);
  if (manifest.error)
    return <ErrorMessage title="The data could not be loaded" message={manifest.error.message} />;
  if (report.error) {
    return (
      <ErrorMessage
        title="The build report could not be loaded"
        message={report.error.message}
        onRetry={() => void report.refetch()}
      />
    );
  }
  if (!report.data) return <LineSkeleton lines={6} />;
  return (
    <ReportBody
      report={report.data}
      written={articles.data}
      articlesPending={articles.isPending}
      articlesProblems={<DataProblems problems={articles.problems} title="Some articles could not be read" />}
    />
  );
}

function ReportBody(props: {
  report: Report;
  written: Article[] | undefined;
  articlesPending: boolean;
  articlesProblems: ReactNode;
}) {
  const { report, written } = props;
  const writtenRows = useMemo(() => (written ? sortByPlace(written) : undefined), [written]);
  const outcomes = useMemo(() => outcomesByFile(report, written ?? []), [report, written]);
  const gaps = accountingGaps(report, written?.length);
  return (
    <article data-testid="build-report" aria-labelledby="report-title" className="space-y-6">
      <header className="space-y-2">
        <h2 id="report-title" className="text-xl font-semibold">
          Build report
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Every article the pipeline read, and what became of it: written, rejected with a reason, or merged
          into the article it repeats. Warnings note what was guessed or left out.
        </p>
        <dl data-testid="report-totals" className="flex flex-wrap gap-2 text-sm">
          <Total label="read" value={report.read} />
          <Total label="written" value={report.written} />
          <Total label="rejected" value={report.rejected.length} />
          <Total label="merged" value={report.merged.length} />
          <Total label="warnings" value={report.warnings.length} />
        </dl>
      </header>
      {gaps.length > 0 && <ErrorMessage title="The numbers do not add up" message={`${gaps.join("; ")}.`} />}
      {props.articlesProblems}
      <Section title="Files" count={outcomes.length}>
        <Table head={["File", "Written", "Rejected", "Merged", "Warnings"]}>
          {outcomes.map((o) => (
            <FileRow key={o.file} outcome={o} />
          ))}
        </Table>
        {props.articlesPending && (
          <p className="text-sm text-slate-600 dark:text-slate-300">Loading the written articles…</p>
        )}
      </Section>
      <Section title="Rejected" count={report.rejected.length}>
        <EntryTable entries={report.rejected} testid="report-rejected" />
      </Section>
      <Section title="Merged duplicates" count={report.merged.length}>
        <EntryTable entries={report.merged} testid="report-merged" />
      </Section>
      <Section title="Warnings" count={report.warnings.length}>
        <EntryTable entries={report.warnings} testid="report-warning" />
      </Section>
      <Section title="Written" count={report.written}>
        {writtenRows ? (
          <Table head={["File", "Line", "Title", "Outlet"]}>
            {writtenRows.map((a) => (
              <tr key={a.id} data-testid="report-written" className="align-top">
                <Cell mono>{a.file}</Cell>
                <Cell>{a.line ?? ""}</Cell>
                <Cell wrap>{a.title}</Cell>
                <Cell>{a.source.name}</Cell>
              </tr>
            ))}
          </Table>
        ) : props.articlesPending ? (
          <LineSkeleton lines={3} />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-300">The articles files could not be read.</p>
        )}
      </Section>
    </article>
  );
}

function Total({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-1.5 dark:border-slate-700 dark:bg-slate-900">
      <dt className="text-xs text-slate-600 dark:text-slate-300">{label}</dt>
      <dd data-testid={`report-total-${label}`} className="text-lg font-semibold tabular-nums">
        {value.toLocaleString("en")}
      </dd>
    </div>
  );
}

function FileRow({ outcome: o }: { outcome: FileOutcome }) {
  return (
    <tr data-testid="report-file" data-file={o.file} className="align-top">
      <Cell mono>{o.file}</Cell>
      <Cell>{o.written || ""}</Cell>
      <Cell>{o.rejected || ""}</Cell>
      <Cell>{o.merged || ""}</Cell>
      <Cell>{o.warnings || ""}</Cell>
    </tr>
  );
}

function EntryTable({
  entries,
  testid,
}: {
  entries: (ReportEntry & { duplicateOf?: string })[];
  testid: string;
}) {
  if (entries.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">None.</p>;
  return (
    <Table head={["File", "Line", "Reason"]}>
      {entries.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a file can have the same reason on one line twice
        <tr key={i} data-testid={testid} className="align-top">
          <Cell mono>{e.file}</Cell>
          <Cell>{e.line ?? ""}</Cell>
          <Cell wrap>{e.reason}</Cell>
        </tr>
      ))}
    </Table>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <section aria-label={title} className="space-y-2">
      <h3 className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-200">
        {title} <span className="font-normal tabular-nums">({count.toLocaleString("en")})</span>
      </h3>
      {children}
    </section>
  );
}

function Table({ head, children }: { head: string[]; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-700">{children}</tbody>
      </table>
    </div>
  );
}

function Cell({ children, mono, wrap }: { children: ReactNode; mono?: boolean; wrap?: boolean }) {
  // Titles and file names can be one unbroken run of 300 characters: they wrap anywhere rather than
  // widen the table past the page.
  const classes = [
    "px-3 py-1.5",
    mono ? "font-mono text-xs" : "",
    wrap || mono ? "[overflow-wrap:anywhere]" : "whitespace-nowrap",
  ];
  return <td className={classes.join(" ")}>{children}</td>;
}
