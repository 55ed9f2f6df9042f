import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs `work` and answers no sooner than `floorMs` after the start, success or failure,
 * so that an answer's timing does not tell a known address from an unknown one.
 */
export async function atLeast<Result>(
  floorMs: number,
  work: () => Promise<Result>,
): Promise<Result> {
  const floor = sleep(floorMs);
  try {
    return await work();
  } finally {
    await floor;
  }
}
