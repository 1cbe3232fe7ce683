/** Input schemas of the runner:* channels (kept here so the shared contract file stays small). */
import { z } from 'zod';

const runId = z.string().min(1).max(100);

/** Runs a collection or one folder of it: `targetId` is its id under the collections folder `root`. */
export const runnerStartInput = z.object({
  runId,
  root: z.string().min(1).max(4096),
  targetId: z.string().min(1).max(4096),
  iterations: z.number().int().min(1).max(10_000).optional(),
  bail: z.boolean().optional(),
  /** Re-run only these request ids (the failed ones). */
  only: z.array(z.string().max(4096)).max(10_000).optional(),
  /** The active environment's variables (they override the collection's own). */
  variables: z.record(z.string(), z.string()).optional(),
  /** The active environment's name, for messages about a missing variable. */
  environmentName: z.string().max(500).optional(),
  timeoutMs: z.number().int().positive().max(3_600_000).optional(),
  /** Rows of a data file (CSV or JSON, read by the app): one iteration per row, its columns as variables. */
  data: z
    .array(z.record(z.string().max(1000), z.string().max(1_000_000)))
    .min(1)
    .max(10_000)
    .optional(),
  /** The data file's name, for messages about a missing variable. */
  dataName: z.string().max(500).optional(),
});

export const runnerStopInput = z.object({ runId });
