import { parseDocument } from "yaml";
import type { ExplicitMeta, ReadResult } from "./raw-article.ts";
import { rejectFile } from "./raw-article.ts";
import { metaFromRecord } from "./record-meta.ts";

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** `.md`: optional YAML front matter (contract §2), then Markdown reduced to plain text. */
export function readMarkdown(file: string, text: string): ReadResult {
  const match = FRONT_MATTER.exec(text);
  let meta: ExplicitMeta = {};
  const warnings: ReadResult["warnings"] = [];
  let body = text;
  let bodyLine = 1;
  if (match) {
    const doc = parseDocument(match[1] ?? "", { prettyErrors: false, uniqueKeys: false });
    const error = doc.errors[0];
    if (error) {
      // Front matter starts on line 2 (after the opening ---).
      const line = (error.linePos?.[0]?.line ?? 1) + 1;
      return rejectFile(file, `front matter is not valid YAML: ${error.message.split("\n")[0]}`, line);
    }
    const data: unknown = doc.toJS();
    if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
      return rejectFile(file, "front matter must be a mapping of fields (title: ..., source: ...)", 2);
    }
    const fields = metaFromRecord((data ?? {}) as Record<string, unknown>);
    meta = fields.meta;
    for (const reason of fields.problems) warnings.push({ file, line: 2, reason });
    body = text.slice(match[0].length);
    bodyLine = match[0].split("\n").length;
  } else if (/^---[ \t]*\n/.test(text)) {
    return rejectFile(file, "front matter opened with --- is never closed", 1);
  }
  const plain = markdownToText(body);
  if (!meta.title) {
    const heading = /^#\s+(.+)$/m.exec(body);
    if (heading?.[1] && plain.startsWith(stripInline(heading[1]).trim())) {
      meta = { ...meta, title: stripInline(heading[1]).trim() };
    }
  }
  return { articles: [{ file, line: bodyLine, format: "md", text: plain, meta }], rejected: [], warnings };
}

/** Markdown syntax out, words in: headings, emphasis, links, images, code fences, list markers. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n([\s\S]*?)```/g, "$1")
    .split("\n")
    .map((line) =>
      stripInline(
        line
          .replace(/^\s{0,3}#{1,6}\s+/, "")
          .replace(/^\s{0,3}>\s?/, "")
          .replace(/^\s{0,3}(?:[-*+]|\d+[.)])\s+/, "")
          .replace(/^\s{0,3}(?:[-*_]\s*){3,}$/, ""),
      ),
    )
    .join("\n")
    .trim();
}

function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[\s(])([*_])(\S(?:.*?\S)?)\2(?=[\s).,;:!?]|$)/g, "$1$3")
    .replace(/`([^`]+)`/g, "$1");
}
