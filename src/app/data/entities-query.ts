import { queryOptions, useQuery } from "@tanstack/react-query";
import { entitiesFile } from "../../schema/entity.ts";
import { fetchJson } from "./fetch-json.ts";

export const entitiesQuery = (file: string) =>
  queryOptions({
    queryKey: ["entities", file],
    queryFn: ({ signal }) => fetchJson(file, entitiesFile, signal),
  });

/** People, organisations and places; optional in the manifest, so absent data is simply no entities. */
export function useEntities(file: string | undefined, enabled: boolean) {
  return useQuery({ ...entitiesQuery(file ?? ""), enabled: enabled && Boolean(file) });
}
