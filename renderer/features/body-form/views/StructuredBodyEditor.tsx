import type { JsonSchema, MediaTypeModel } from '../../../../shared/model/api-model';
import { isJsonMediaType } from '../../../../shared/request/build-request';
import { bodyFile, formBodyKind } from '../../../../shared/request/form-body';
import { FilePicker } from './FilePicker';
import { FormBodyEditor } from './FormBodyEditor';
import { JsonBodyEditor } from './JsonBodyEditor';

interface Props {
  readonly media: MediaTypeModel;
  readonly defs: Readonly<Record<string, JsonSchema>>;
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly required: boolean;
}

/** Which editor a media type gets besides plain text: a JSON form, a form body, or a file; undefined for text. */
export function structuredEditorKind(media: MediaTypeModel | undefined): 'json' | 'form' | 'file' | undefined {
  if (media === undefined) return undefined;
  const kind = formBodyKind(media.mediaType, media.schema);
  if (kind === 'file') return 'file';
  if (media.schema === undefined) return undefined;
  if (kind === 'urlencoded' || kind === 'multipart') return 'form';
  return isJsonMediaType(media.mediaType) ? 'json' : undefined;
}

/** The body editor a media type calls for, generated from its schema. */
export function StructuredBodyEditor({ media, defs, text, onText, required }: Props) {
  const kind = structuredEditorKind(media);
  if (kind === 'file') {
    return <FilePicker label={`Body file (${media.mediaType})`} value={bodyFile(text)} onPick={(ref) => onText(ref === undefined ? '' : JSON.stringify(ref))} testId="body-file-input" />;
  }
  if (media.schema === undefined) return null;
  if (kind === 'form') return <FormBodyEditor schema={media.schema} defs={defs} text={text} onText={onText} multipart={formBodyKind(media.mediaType) === 'multipart'} />;
  return <JsonBodyEditor media={{ ...media, schema: media.schema }} defs={defs} text={text} onText={onText} required={required} />;
}
