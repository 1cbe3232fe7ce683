import type { JsonSchema, ParameterModel } from '../../../../shared/model/api-model';
import { liveProblems, paramDefaultText, paramExampleChoices, paramFormat, paramStyleNote } from '../param-facts';

interface Props {
  readonly param: ParameterModel;
  /** Puts a picked example (or the default) into the field. */
  readonly onPick: (text: string) => void;
  /** The value typed so far, checked as it is typed. */
  readonly value?: string;
  /** False once Send has been pressed: the form then lists the problems itself. */
  readonly showLiveProblems?: boolean;
  /** The document's schemas, for the `$ref`s of the parameter's schema. */
  readonly defs?: Readonly<Record<string, JsonSchema>>;
}

/** Format, serialization style, default and examples of one parameter, under its input. */
export function ParamFacts({ param, onPick, value = '', showLiveProblems = false, defs }: Props) {
  const format = paramFormat(param);
  const style = paramStyleNote(param);
  const fallback = paramDefaultText(param);
  const examples = paramExampleChoices(param);
  const live = showLiveProblems ? liveProblems(param, value, defs) : [];
  if (format === undefined && style === undefined && fallback === undefined && examples.length === 0 && live.length === 0) return null;
  return (
    <>
      {live.length > 0 && (
        <ul className="field-problems" data-testid="param-live-problem">
          {live.map((message) => (
            <li key={message} className="field-problem">
              {message}
            </li>
          ))}
        </ul>
      )}
      {(format !== undefined || style !== undefined || fallback !== undefined || examples.length > 0) && (
      <div className="param-facts" data-testid="param-facts">
        {format !== undefined && <span className="chip chip-muted" title="Format">{format}</span>}
        {style !== undefined && <span className="chip chip-muted" title="How the value is serialized">{style}</span>}
        {fallback !== undefined && (
          <button type="button" className="link-button" onClick={() => onPick(fallback)} title="Use the default value">
            default: <code>{fallback}</code>
          </button>
        )}
        {examples.length > 0 && (
          <select className="input input-compact" aria-label={`Examples for ${param.name}`} value="" onChange={(event) => event.target.value !== '' && onPick(examples[Number(event.target.value)]?.text ?? '')} data-testid="param-example-picker">
            <option value="">Examples…</option>
            {examples.map((example, index) => (
              <option key={index} value={String(index)}>
                {example.label}
              </option>
            ))}
          </select>
        )}
      </div>
      )}
    </>
  );
}
