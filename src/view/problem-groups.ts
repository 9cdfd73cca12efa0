import type { Problem } from '../model/types.js';

/** The most kinds of problem listed; the rest are counted. */
export const MAX_GROUPS = 20;

/** The most problems of one kind listed in full; the rest are counted. */
export const MAX_PER_GROUP = 3;

/** Problems of one kind: the same severity, field and message once the quoted values are taken out. */
export interface ProblemGroup {
  /** The message of its first problem, or its template (quoted values as '…') when they differ. */
  message: string;
  /** How many problems are of this kind. */
  count: number;
  /** The first few, in input order. */
  first: Problem[];
}

/**
 * Problems grouped by kind, in the order the kinds first occur: "unknown field 'notes' ignored"
 * in 10,000 items is one group of 10,000, not 10,000 lines. At most `MAX_GROUPS` groups, each
 * keeping its first `MAX_PER_GROUP` problems; `rest` counts the problems of the kinds left out.
 */
export function groupProblems(problems: readonly Problem[]): { groups: ProblemGroup[]; rest: number } {
  const byKind = new Map<string, ProblemGroup>();
  let rest = 0;
  for (const problem of problems) {
    // An unknown field's name is its kind; other quoted values (a date as written) are the item's own.
    const template = problem.message.replace(/'[^']*'/g, (quoted, at: number) => (/field $/.test(problem.message.slice(0, at)) ? quoted : "'…'"));
    const kind = `${problem.severity ?? 'error'}|${problem.field?.replace(/\[\d+\]/g, '[]') ?? ''}|${template}`;
    let group = byKind.get(kind);
    if (!group) {
      if (byKind.size === MAX_GROUPS) {
        rest++;
        continue;
      }
      byKind.set(kind, (group = { message: problem.message, count: 0, first: [] }));
    }
    group.count++;
    if (group.first.length < MAX_PER_GROUP) group.first.push(problem);
    if (group.message !== problem.message) group.message = template;
  }
  return { groups: [...byKind.values()], rest };
}
