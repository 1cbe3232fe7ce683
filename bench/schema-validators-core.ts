// What bench/schema-validators.mjs measures, bundled for it: the project's ajv validator, the root
// schema it compiles, and the value generator that makes the bodies validated.
export { loadSpec } from '../electron/services/spec/load-spec';
export { validateAgainstSchema, rootSchema } from '../electron/services/validation/schema-validator';
export { responseExpectation, usesJsonSchema2020 } from '../shared/response/response-validation';
export { validValue } from '../shared/schema/generate-valid';
export { invalidValues } from '../shared/schema/generate-invalid';
export { seededRandom } from '../shared/schema/seeded-random';
