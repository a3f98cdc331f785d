/** The corridor between pipeline and app: the prebuilt JSON's schemas and their types. */
export * from "./article.ts";
export * from "./comparison.ts";
export * from "./dates.ts";
export * from "./entity.ts";
export * from "./event.ts";
export * from "./manifest.ts";
export * from "./report.ts";
export * from "./search.ts";
export * from "./source.ts";
export * from "./version.ts";
