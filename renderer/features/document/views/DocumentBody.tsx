import type { Body } from '../../../../shared/collections/format-v1';
import { BODY_TEXT_PROPS } from '../../../components/body-text-props';
import { KeyValueTable } from './KeyValueTable';

interface Props {
  readonly body: Body;
  readonly onChange: (body: Body) => void;
}

const RAW_TYPES = ['application/json', 'text/plain', 'application/xml', 'text/html'] as const;

/** The body as the document holds it: none, raw text of a media type, or url-encoded fields; form-data and files as saved. */
export function DocumentBody({ body, onChange }: Props) {
  const kind = body.mode === 'raw' ? body.mediaType : body.mode;
  const choose = (value: string): void => {
    if (value === 'none') onChange({ mode: 'none' });
    else if (value === 'urlencoded') onChange({ mode: 'urlencoded', fields: body.mode === 'urlencoded' ? body.fields : [] });
    else onChange({ mode: 'raw', mediaType: value, text: body.mode === 'raw' ? body.text : '' });
  };
  const types = body.mode === 'raw' && !(RAW_TYPES as readonly string[]).includes(body.mediaType) ? [...RAW_TYPES, body.mediaType] : RAW_TYPES;
  return (
    <div className="doc-body" data-testid="doc-body">
      {body.mode !== 'form-data' && body.mode !== 'file' && (
        <select className="input input-compact" aria-label="Body type" value={kind} onChange={(event) => choose(event.target.value)} data-testid="doc-body-type">
          <option value="none">No body</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
          <option value="urlencoded">application/x-www-form-urlencoded</option>
        </select>
      )}
      {body.mode === 'raw' && <textarea {...BODY_TEXT_PROPS} aria-label="Body" rows={12} value={body.text} onChange={(event) => onChange({ ...body, text: event.target.value })} data-testid="raw-body" />}
      {body.mode === 'urlencoded' && <KeyValueTable noun="Field" rows={body.fields} onChange={(fields) => onChange({ ...body, fields })} testId="doc-body-fields" />}
      {body.mode === 'form-data' && (
        <p className="field-help" data-testid="doc-body-note">
          A multipart body of {body.parts.length} part{body.parts.length === 1 ? '' : 's'} ({body.parts.map((p) => p.name).join(', ')}), sent as saved
          {body.parts.some((p) => p.file !== undefined) ? '; its file parts are read from disk, which this editor cannot do yet: send it with roundtrip run or open it through its operation' : ''}.
        </p>
      )}
      {body.mode === 'file' && (
        <p className="field-help" data-testid="doc-body-note">
          The body is the file {body.file || '(not picked)'}; this editor cannot read files yet: open the request through its operation to pick one.
        </p>
      )}
    </div>
  );
}
