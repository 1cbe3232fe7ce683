import type { HttpMethod } from '../../shared/model/api-model';

interface Props {
  readonly method: HttpMethod;
  readonly size?: 'small' | 'large';
}

/** The HTTP method as a coloured badge, in the colours most API tools use. */
export function MethodBadge({ method, size = 'small' }: Props) {
  return <span className={`method-badge method-${method.toLowerCase()} method-badge-${size}`}>{method}</span>;
}
