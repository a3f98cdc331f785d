import { LEAD_SENTENCES, ONLY_HERE_SHOWN, type SourceAccount } from "../../schema/comparison.ts";

/**
 * An event's accounts with only the sentences the panel can show for some choice of outlets, and
 * the shared details renumbered to match. What the panel shows of an account (see
 * `aboutSentences` and `onlyHereSentences` in the schema): its mention sentences, or else its first
 * ones; every sentence of a shared detail; and the first few sentences that none of the other
 * chosen outlets tells too. A long article gives its whole account (up to 40 sentences), most of
 * which, on a corpus of varied outlets, none of these ever reaches.
 *
 * Sentence `i` is "only here" for some choice when it is for the largest choice that leaves out
 * every outlet it has a counterpart in: a larger choice can only leave fewer sentences before it
 * "only here". That choice must hold two outlets (the column's and another): with two outlets in
 * all there is no picker, and both are always chosen.
 */
export function keepShownSentences(
  accounts: SourceAccount[],
  shared: Record<string, number>[],
): { accounts: SourceAccount[]; shared: Record<string, number>[] } {
  const outlets = accounts.length;
  const renumbered = new Map<string, Map<number, number>>();
  const trimmed = accounts.map((account) => {
    const inShared = new Set<number>();
    for (const row of shared) {
      const n = row[account.sourceId];
      if (n !== undefined) inShared.add(n);
    }
    const sentences = account.sentences;
    const anyMention = sentences.some((s) => s.mention);
    const keep = sentences.map(
      (s, i) =>
        (anyMention ? s.mention === true : i < LEAD_SENTENCES) ||
        inShared.has(i) ||
        (outlets - (s.counterparts?.length ?? 0) >= 2 && onlyHereBefore(account, i) < ONLY_HERE_SHOWN),
    );
    const numbers = new Map<number, number>();
    for (const [i, kept] of keep.entries()) if (kept) numbers.set(i, numbers.size);
    renumbered.set(account.sourceId, numbers);
    return { ...account, sentences: sentences.filter((_, i) => keep[i]) };
  });
  return {
    accounts: trimmed,
    shared: shared.map((row) => {
      const out: Record<string, number> = {};
      for (const source in row) out[source] = renumbered.get(source)!.get(row[source]!)!;
      return out;
    }),
  };
}

/**
 * How many sentences before `i` are also "only here" when every outlet but `i`'s counterparts is
 * chosen: those whose counterparts are all among `i`'s.
 */
function onlyHereBefore(account: SourceAccount, i: number): number {
  const mine = account.sentences[i]!.counterparts ?? [];
  let count = 0;
  for (let j = 0; j < i; j++)
    if ((account.sentences[j]!.counterparts ?? []).every((c) => mine.includes(c))) count += 1;
  return count;
}
