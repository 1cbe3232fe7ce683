/** Input schemas of the verify:* channels (kept here so the shared contract file stays small). */
import { z } from 'zod';
import { requestSigningInput } from '../auth/request-signing-input';
import { CHECK_NAMES } from './verify-checks';

const runId = z.string().min(1).max(100);

/** Verifies the document at `source` against the API at `baseUrl`: the engine `roundtrip verify` runs. */
export const verifyStartInput = z.object({
  runId,
  /** Where the document is read from again in the main process (a pasted document cannot be). */
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('url'), url: z.string().min(1).max(8192) }),
    z.object({ kind: z.literal('file'), path: z.string().min(1).max(4096) }),
  ]),
  baseUrl: z.string().min(1).max(8192),
  /** Sent with every request (credentials). */
  headers: z.array(z.object({ name: z.string().min(1).max(1000), value: z.string().max(100_000) })).max(100),
  /** Digest or SigV4 credentials every request is signed with (the CLI's --digest and --aws-sigv4). */
  signing: requestSigningInput.optional(),
  /** "METHOD /path" keys of the operations to verify (the document's path templates). */
  operations: z.array(z.string().min(1).max(8192)).min(1).max(10_000),
  checks: z.array(z.enum(CHECK_NAMES as [string, ...string[]])).min(1).max(CHECK_NAMES.length),
  maxExamples: z.number().int().min(1).max(1000),
  seed: z.number().int().min(0).max(2 ** 31),
  /** Verify sends writes: a base URL that is not this machine is refused unless this is true. */
  allowRemote: z.boolean().optional(),
  volatile: z.array(z.string().min(1).max(200)).max(100).optional(),
  timeoutMs: z.number().int().positive().max(3_600_000).optional(),
});

export const verifyStopInput = z.object({ runId });
