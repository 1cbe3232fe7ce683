import type { JsonSchema, OperationModel, ParameterLocation } from '../../../../shared/model/api-model';
import { paramKey } from '../../../../shared/request/build-request';
import type { RequestFormApi } from '../use-request-form';
import { ParamField } from './ParamField';

const SECTIONS: readonly { readonly location: ParameterLocation; readonly title: string }[] = [
  { location: 'path', title: 'Path parameters' },
  { location: 'query', title: 'Query parameters' },
  { location: 'header', title: 'Headers' },
  { location: 'cookie', title: 'Cookies' },
];

interface Props {
  readonly op: OperationModel;
  readonly form: RequestFormApi;
  readonly defs?: Readonly<Record<string, JsonSchema>>;
}

/** The operation's parameters, one section per place they go. */
export function ParamSections({ op, form, defs }: Props) {
  return (
    <>
      {SECTIONS.map(({ location, title }) => {
        const params = op.parameters.filter((p) => p.in === location);
        if (params.length === 0) return null;
        return (
          <section key={location} className="form-section" aria-label={title}>
            <h3 className="form-section-title">
              {title} <span className="count">{params.length}</span>
            </h3>
            {params.map((param) => {
              const key = paramKey(param);
              return <ParamField key={key} param={param} value={form.form.params[key] ?? ''} problems={form.visibleProblems.get(key)} onChange={form.setParam} {...(defs === undefined ? {} : { defs })} />;
            })}
          </section>
        );
      })}
    </>
  );
}
