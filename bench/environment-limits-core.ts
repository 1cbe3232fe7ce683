/** The pieces bench/environment-limits.mjs times: the environment list's limit checks. */
export { fitMemo, fitToLimits } from '../shared/environments/fit-to-limits';
export { planVariableFill } from '../shared/environments/variable-fill';
