/** RFC 9110 section 9.2 classes: safe methods are also idempotent. */
export type IdempotencyClass = 'safe' | 'idempotent' | 'not-idempotent';
