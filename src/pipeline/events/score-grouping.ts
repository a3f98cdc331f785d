/** Precision, recall and F1 of a grouping. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * B-cubed scores of a predicted grouping against gold (Bagga & Baldwin, 1998): for each item, the
 * share of its predicted group that is in its gold group (precision) and the share of its gold
 * group that is in its predicted group (recall), averaged over items. Items missing from either
 * map are left out.
 */
export function bcubed(predicted: Map<string, string>, gold: Map<string, string>): Prf {
  const items = [...gold.keys()].filter((i) => predicted.has(i));
  const predictedGroups = invert(predicted, items);
  const goldGroups = invert(gold, items);
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const p = predictedGroups.get(predicted.get(item)!)!;
    const g = goldGroups.get(gold.get(item)!)!;
    let both = 0;
    for (const other of p) if (g.has(other)) both++;
    precision += both / p.size;
    recall += both / g.size;
  }
  const n = items.length || 1;
  precision /= n;
  recall /= n;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function invert(assignment: Map<string, string>, items: string[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const item of items) {
    const group = assignment.get(item)!;
    const set = groups.get(group) ?? new Set<string>();
    set.add(item);
    groups.set(group, set);
  }
  return groups;
}

/** An item for the baseline: its day and the people it names. */
export interface BaselineItem {
  id: string;
  day: string;
  people: string[];
}

/** The baseline grouping: items of the same day that share any person are one group (transitively). */
export function sameDaySharedPerson(items: BaselineItem[]): Map<string, string> {
  const parent = new Map(items.map((i) => [i.id, i.id]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const firstWith = new Map<string, string>();
  for (const item of items) {
    for (const person of item.people) {
      const key = `${item.day}\n${person}`;
      const other = firstWith.get(key);
      if (other === undefined) firstWith.set(key, item.id);
      else parent.set(find(item.id), find(other));
    }
  }
  return new Map(items.map((i) => [i.id, find(i.id)]));
}
