/**
 * The declarative checks a saved request carries for the runner, and the values it captures.
 * Stored in the request file's optional `assertions` and `captures` arrays; no scripts run.
 */
import { z } from 'zod';
import { JSON_OPS } from './assertion-kinds';

const jsonValue: z.ZodType<unknown> = z.unknown();

/** Every assertion may carry a label: the test it belongs to (an imported pm.test's name), shown in reports. */
const labelled = { label: z.string().max(500).optional() };


export const assertionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('status'), equals: z.number().int(), ...labelled }),
  z.object({ type: z.literal('status-range'), min: z.number().int(), max: z.number().int(), ...labelled }),
  z.object({ type: z.literal('status-in'), codes: z.array(z.number().int()).min(1), ...labelled }),
  z.object({ type: z.literal('header'), name: z.string().min(1), op: z.enum(['exists', 'absent', 'equals', 'matches']), value: z.string().optional(), ...labelled }),
  z.object({
    type: z.literal('json'),
    /** A JSONPath ($.items[0].id) or a JSON Pointer (/items/0/id). */
    path: z.string(),
    op: z.enum(JSON_OPS),
    value: jsonValue.optional(),
    ...labelled,
  }),
  /** The body as text: equal to, containing, or matching a pattern. */
  z.object({ type: z.literal('body'), op: z.enum(['equals', 'contains', 'matches']), value: z.string(), ...labelled }),
  z.object({ type: z.literal('response-time'), belowMs: z.number().positive(), ...labelled }),
  /** The answer matches what the collection's spec declares for the request's operation. */
  z.object({ type: z.literal('conforms'), ...labelled }),
  /** The idempotency check (send twice, compare the state) finds the request idempotent. */
  z.object({ type: z.literal('idempotent'), ...labelled }),
]);

export const captureSchema = z.object({
  /** The run variable to set, used later as {{name}}. */
  name: z.string().regex(/^[\w.-]+$/, 'a variable name uses letters, digits, _, . and - only'),
  from: z.enum(['json', 'header', 'status']),
  /** The JSONPath / JSON Pointer, or the header name; unused for status. */
  path: z.string().optional(),
});

export type Assertion = z.infer<typeof assertionSchema>;
export type Capture = z.infer<typeof captureSchema>;

/** The assertions and captures of one request file, or what is wrong with them. */
export function parseChecks(raw: { readonly assertions?: readonly unknown[] | undefined; readonly captures?: readonly unknown[] | undefined }): { ok: true; assertions: Assertion[]; captures: Capture[] } | { ok: false; message: string } {
  const assertions: Assertion[] = [];
  const captures: Capture[] = [];
  for (const [index, each] of (raw.assertions ?? []).entries()) {
    const parsed = assertionSchema.safeParse(each);
    if (!parsed.success) return { ok: false, message: `assertion ${index + 1} (${JSON.stringify(each)}) is not valid: ${issueText(parsed.error)}` };
    assertions.push(parsed.data);
  }
  for (const [index, each] of (raw.captures ?? []).entries()) {
    const parsed = captureSchema.safeParse(each);
    if (!parsed.success) return { ok: false, message: `capture ${index + 1} (${JSON.stringify(each)}) is not valid: ${issueText(parsed.error)}` };
    if (parsed.data.from === 'header' && (parsed.data.path ?? '') === '') return { ok: false, message: `capture ${index + 1} (${parsed.data.name}) needs the header name in "path".` };
    captures.push(parsed.data);
  }
  return { ok: true, assertions, captures };
}

function issueText(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`).join('; ');
}
