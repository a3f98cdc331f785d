/**
 * `npm run --silent timex -- --jsonl FILE [--dmy]`: one line `{"id","dct","text"}` in, one line
 * `{"id","timexes":[...]}` out. Only I/O lives here; the work is `findTimexes`. A bad line is
 * reported on stderr with its number and skipped; unusable arguments exit with status 2.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { findTimexes } from "./find-timexes.ts";
import { parseTimexRequest } from "./parse-request.ts";

const usage = "usage: npm run --silent timex -- --jsonl FILE [--numeric-date-order dmy|mdy]";

function parseArgs(argv: string[]): { file: string; order: "dmy" | "mdy" } | string {
  let file: string | undefined;
  let order: "dmy" | "mdy" = "mdy";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--jsonl") file = argv[++i];
    else if (arg === "--numeric-date-order") {
      const value = argv[++i];
      if (value !== "dmy" && value !== "mdy")
        return `--numeric-date-order takes dmy or mdy, got ${value ?? "nothing"}`;
      order = value;
    } else return `unknown argument ${arg}`;
  }
  if (!file) return "--jsonl FILE is required";
  return { file, order };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(`timex: ${args}\n${usage}`);
    return 2;
  }
  const input = createReadStream(args.file, "utf8");
  const opened = await new Promise<Error | null>((done) => {
    input.once("open", () => done(null));
    input.once("error", done);
  });
  if (opened) {
    console.error(`timex: cannot read ${args.file}: ${opened.message}`);
    return 2;
  }
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    if (!line.trim()) continue;
    const request = parseTimexRequest(line);
    if (typeof request === "string") {
      console.error(`timex: ${args.file}:${lineNumber}: ${request}; line skipped`);
      continue;
    }
    const timexes = findTimexes(request.text, request.dct, { numericDateOrder: args.order });
    process.stdout.write(`${JSON.stringify({ id: request.id, timexes })}\n`);
  }
  return 0;
}

process.exitCode = await main();
