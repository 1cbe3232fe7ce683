/** The part of js-yaml 4 that fast-yaml.ts uses (the package ships no types; @types/js-yaml is not installed). */
declare module 'js-yaml' {
  interface TypeOptions {
    readonly kind: 'scalar' | 'sequence' | 'mapping';
    readonly resolve?: (data: unknown) => boolean;
    readonly construct?: (data: string) => unknown;
  }
  class Type {
    constructor(tag: string, options: TypeOptions);
    readonly tag: string;
  }
  class Schema {
    extend(types: { readonly implicit?: readonly Type[]; readonly explicit?: readonly Type[] }): Schema;
  }
  interface LoadOptions {
    readonly schema?: Schema;
    readonly json?: boolean;
    /** Called as each node opens and closes, with the loader's internal state. */
    readonly listener?: (event: 'open' | 'close', state: never) => void;
  }
  const jsYaml: {
    readonly Type: typeof Type;
    readonly FAILSAFE_SCHEMA: Schema;
    readonly types: { readonly null: Type; readonly bool: Type };
    load(text: string, options?: LoadOptions): unknown;
  };
  export default jsYaml;
}
