/** The jar of requests sent without an active environment (apart from cookie-model, which carries zod, for the page's start-up bundle). */
export const NO_ENVIRONMENT_JAR = 'no-environment';
