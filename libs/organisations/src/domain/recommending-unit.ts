/**
 * Which unit recommends a file (单位推荐, domain.md §8), as a pure rule: a cross-provincial file
 * goes to the partner association; a file of the host province to the designer's employer when
 * it is registered (by its unified social credit code), else to the design service sub-centre
 * of the employer's district or county. What is missing is said, never guessed.
 */

export interface UnitCandidates<O> {
  /** The host province's partner association. */
  association: O | null;
  /** The organisation registered under the employer's credit code. */
  employer: O | null;
  /** The sub-centre of the employer's district or county. */
  subCentre: O | null;
}

export type UnitChoice<O> = { unit: O; by: 'association' | 'employer' | 'sub_centre' } | { missing: 'association' | 'sub_centre' };

export function chooseRecommendingUnit<O>(crossProvincial: boolean, candidates: UnitCandidates<O>): UnitChoice<O> {
  if (crossProvincial) return candidates.association ? { unit: candidates.association, by: 'association' } : { missing: 'association' };
  if (candidates.employer) return { unit: candidates.employer, by: 'employer' };
  if (candidates.subCentre) return { unit: candidates.subCentre, by: 'sub_centre' };
  return { missing: 'sub_centre' };
}
