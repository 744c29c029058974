/**
 * Which of two directories is the later release. The publisher's release sequence decides
 * (`npm run release` numbers each release), never a clock: one build made on a machine set to
 * 2030 once made devices refuse every later build. The build date decides only between
 * directories that carry no sequence at all (builds from before sequences, or a deployment that
 * never recorded a release).
 */

/** The facts a release is ordered by. */
export interface ReleasePosition {
  version: string;
  generated: string;
  sequence?: number;
}

/**
 * True when `candidate` should replace `held`. A sequenced directory is only ever replaced by a
 * sequenced one (else an unsequenced copy could undo a release). `sameStepWins` takes a
 * different directory of the same sequence (or, unsequenced, of the same build date): the
 * published index may do that (a rebuild with the same SOURCE_DATE_EPOCH, a correction before
 * the next release), the copy shipped inside the app may not, so the two never take turns.
 */
export function isLaterRelease(candidate: ReleasePosition, held: ReleasePosition, { sameStepWins = false } = {}): boolean {
  if (candidate.version === held.version) return false;
  if (held.sequence !== undefined) {
    if (candidate.sequence === undefined) return false;
    return candidate.sequence > held.sequence || (sameStepWins && candidate.sequence === held.sequence);
  }
  if (candidate.sequence !== undefined) return true;
  return candidate.generated > held.generated || (sameStepWins && candidate.generated === held.generated);
}
