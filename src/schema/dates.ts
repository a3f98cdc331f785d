import { z } from "zod";

/** A calendar day, `YYYY-MM-DD`, that exists (no 31 February) and lies in years 1000–9999. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine((value) => {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, "not a real calendar day");

/** A publication date: a calendar day, or a full ISO datetime when the source gives the time. */
export const publishedDate = z.union([isoDay, z.iso.datetime({ offset: true })]);
