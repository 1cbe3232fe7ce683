/**
 * Which branch of a failed anyOf/oneOf a value most plausibly meant, so that a report names that
 * branch's violations rather than every branch's: a branch whose discriminating property (a
 * `const` or `enum` one level down) or whose type the value contradicts is a worse guess than one it
 * only partly breaks; among equals, the branch with the fewest errors.
 */

/** One error of a branch, its place relative to the value the union judges ("" is the value itself). */
export interface BranchError {
  readonly instancePath: string;
  readonly keyword: string;
}

/** Whether the branch's errors say the value is of another kind altogether (wrong type or discriminator). */
export function contradictsBranch(errors: readonly BranchError[]): boolean {
  return errors.some((error) => (error.keyword === 'type' && error.instancePath === '') || ((error.keyword === 'const' || error.keyword === 'enum') && /^\/[^/]+$/.test(error.instancePath)));
}

/** The index of the branch the value most plausibly meant; the first among equals. */
export function closestBranch(branches: readonly (readonly BranchError[])[]): number {
  let best = 0;
  let bestRank: readonly [number, number] = [Infinity, Infinity];
  branches.forEach((errors, index) => {
    const rank = [contradictsBranch(errors) ? 1 : 0, errors.length] as const;
    if (rank[0] < bestRank[0] || (rank[0] === bestRank[0] && rank[1] < bestRank[1])) {
      best = index;
      bestRank = rank;
    }
  });
  return best;
}

/** The name a branch goes by in a message: its `$ref`'s last segment ("CardPayment"), else its position. */
export function branchName(branch: unknown, index: number): string {
  const ref = typeof branch === 'object' && branch !== null ? (branch as { $ref?: unknown }).$ref : undefined;
  if (typeof ref === 'string') return ref.split('/').at(-1) ?? ref;
  return `branch ${index + 1}`;
}
