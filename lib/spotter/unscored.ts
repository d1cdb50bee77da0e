/**
 * A drawn part the author wrote no spot for (lib/spotter/parts.ts adds one for each): normal by definition, so
 * marking it is a false alarm. A module of its own because the Spotter's browser code needs only this test, while
 * the parts' names and order are worked out on the server and handed over with the exercise's data (issue 13).
 */
export type UnscoredPart = { id: string; label: string; flag: false; explanation: string; unscored: true };

/** True for a part no author wrote a spot for; feedback lists it only when the learner marked it. */
export function isUnscored(spot: object): spot is UnscoredPart {
  return (spot as Partial<UnscoredPart>).unscored === true;
}
