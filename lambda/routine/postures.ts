/** The source's four positions that let the foot relax. */
export const POSTURE_IDS = ['thigh', 'chair-seat', 'chair-edge', 'lying'] as const;

export type PostureId = (typeof POSTURE_IDS)[number];

/** Used when someone skips the posture question: the easiest one to get into. */
export const DEFAULT_POSTURE: PostureId = 'chair-seat';

export function isPostureId(id: unknown): id is PostureId {
  return typeof id === 'string' && (POSTURE_IDS as readonly string[]).includes(id);
}
