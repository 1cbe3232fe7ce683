/** The input schema of Digest and SigV4 credentials, for the channels that take them (request:send, verify:start). */
import { z } from 'zod';

export const requestSigningInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('digest'), username: z.string().max(65536), password: z.string().max(65536) }),
  z.object({ kind: z.literal('aws-sigv4'), accessKey: z.string().max(65536), secretKey: z.string().max(65536), sessionToken: z.string().max(65536).optional(), region: z.string().max(256), service: z.string().max(256) }),
]);
