/** The pieces bench/schema-form.mjs times: loading a document, and the body form's pure core. */
export { loadSpec } from '../electron/services/spec/load-spec';
export { describeField } from '../shared/schema-form/field-shape';
export { defaultValue } from '../shared/schema-form/default-value';
export { validateJson } from '../shared/schema-form/validate-json';
export { exampleForMediaType } from '../shared/schema/example-from-schema';
