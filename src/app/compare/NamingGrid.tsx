import type { NamingForm } from "../../schema/comparison.ts";
import { NamingCell } from "./parts.tsx";

export interface NamingRow {
  entityId: string;
  name: string;
  /** The forms each outlet uses for this person or organisation, by source id. */
  formsBySource: (sourceId: string) => NamingForm[] | undefined;
}

/**
 * How each outlet names each person or organisation, one row per entity and one column per outlet;
 * shared by the per-event comparison and the corpus view, which differ only in where rows come from.
 */
export function NamingGrid({
  rows,
  sourceIds,
  nameOf,
  eventId,
}: {
  rows: NamingRow[];
  sourceIds: string[];
  nameOf: (id: string) => string;
  /** The event the cells' sentences belong to; the corpus view's forms carry their own. */
  eventId?: string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="naming-table">
        <thead>
          <tr>
            <th scope="col" className="p-1 text-left">
              Who
            </th>
            {sourceIds.map((id) => (
              <th key={id} scope="col" className="p-1 text-left">
                {nameOf(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.entityId} data-entity-id={row.entityId} className="align-top">
              <th
                scope="row"
                className="border-t border-slate-200 p-1 text-left font-medium dark:border-slate-700"
              >
                {row.name}
              </th>
              {sourceIds.map((id) => (
                <td
                  key={id}
                  data-source-id={id}
                  className="border-t border-slate-200 p-1 dark:border-slate-700"
                >
                  <NamingCell forms={row.formsBySource(id)} {...(eventId ? { eventId } : {})} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
