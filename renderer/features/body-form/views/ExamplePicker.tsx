import type { MediaTypeModel } from '../../../../shared/model/api-model';

interface Props {
  readonly media: MediaTypeModel;
  readonly onPick: (text: string) => void;
}

function asBodyText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** A select of the media type's named examples, shown only when there are several. */
export function ExamplePicker({ media, onPick }: Props) {
  if (media.examples.length < 2) return null;
  return (
    <select
      className="input input-compact"
      value=""
      aria-label="Fill the body with an example"
      onChange={(event) => {
        const example = media.examples[Number(event.target.value)];
        if (event.target.value !== '' && example !== undefined) onPick(asBodyText(example.value));
      }}
      data-testid="body-example-picker"
    >
      <option value="">Examples…</option>
      {media.examples.map((example, index) => (
        <option key={example.name} value={String(index)}>
          {example.summary ?? example.name}
        </option>
      ))}
    </select>
  );
}
