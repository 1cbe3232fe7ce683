// Lint is part of `npm test`. The layer rules mirror DESIGN.md: shared/ is pure,
// the renderer never reaches into electron/, and only the main side touches Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Calls whose result comes from outside the process's own code (see the rule below).
// JSON.parse has a rule and a message of its own above, so it is left out of the generic one.
const FROM_OUTSIDE = '/^(json|parse|load|loadAll|readFile|readFileSync|invoke|parseSpecText|parseSpecDocument|toJS|toJSON)$/';

// `as Record<string, unknown>` on a parsed value (also with `any`, inside Readonly<>, or spelled
// `{ [key: string]: unknown }`) asserts a keyed object without checking one: isRecord checks it,
// and TypeScript narrows on the check.
const KEYED_OBJECT = "[typeAnnotation.typeArguments.params.0.type='TSStringKeyword'][typeAnnotation.typeArguments.params.1.type=/^TS(Unknown|Any)Keyword$/]";
const KEYED_OBJECT_LITERAL = "[typeAnnotation.type='TSTypeLiteral'][typeAnnotation.members.length=1][typeAnnotation.members.0.type='TSIndexSignature'][typeAnnotation.members.0.parameters.0.typeAnnotation.typeAnnotation.type='TSStringKeyword'][typeAnnotation.members.0.typeAnnotation.typeAnnotation.type=/^TS(Unknown|Any)Keyword$/]";
const KEYED_OBJECT_IN_READONLY = "[typeAnnotation.typeArguments.params.0.typeName.name='Record'][typeAnnotation.typeArguments.params.0.typeArguments.params.0.type='TSStringKeyword'][typeAnnotation.typeArguments.params.0.typeArguments.params.1.type=/^TS(Unknown|Any)Keyword$/]";

const nodeBuiltins = ['node:*', 'fs', 'path', 'http', 'https', 'net', 'os', 'child_process', 'crypto', 'url', 'stream'];

// Flat config replaces a rule's options block by block, so every block that sets
// no-restricted-imports spreads the patterns of the layers above it.
const rendererPatterns = [
  { group: nodeBuiltins, message: 'The renderer has no Node: ask the main process through the api.' },
  { group: ['electron', 'axios', '@apidevtools/*', 'ajv', 'ajv/*'], message: 'The renderer talks to the main process only through renderer/lib/api.ts.' },
  { group: ['**/electron/**'], message: 'The renderer imports nothing from electron/.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // What crosses IPC or comes from a file is checked (a zod schema, a type guard), never asserted:
    // `as` on it would let a file of another version or a bad frame through unseen.
    files: ['electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx', 'shared/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        {
          selector: "TSAsExpression[expression.callee.object.name='JSON'][expression.callee.property.name='parse']:not([typeAnnotation.type='TSUnknownKeyword'])",
          message: 'Check what JSON.parse gives (a zod schema or a type guard) instead of asserting its type; `as unknown` is fine.',
        },
        {
          selector: "TSAsExpression[expression.type='TSAsExpression'][expression.expression.callee.object.name='JSON'][expression.expression.callee.property.name='parse']",
          message: 'Check what JSON.parse gives (a zod schema or a type guard) instead of asserting its type.',
        },
        {
          selector: "TSAsExpression[expression.property.name='payload']",
          message: 'An event payload is typed by its name: check event.name instead of asserting the payload.',
        },
        {
          selector: "TSAsExpression[expression.name='workerData'], TSAsExpression[expression.property.name='workerData']",
          message: 'A worker\'s input crosses a thread: check it instead of asserting its type.',
        },
        {
          // What a file, a response body or the other process gave: response.json(), yaml's parse and
          // load, readFile, ipcRenderer.invoke, parseSpecText, a document's toJS(), awaited or not.
          selector: `TSAsExpression[expression.callee.name=${FROM_OUTSIDE}]:not([typeAnnotation.type='TSUnknownKeyword']), TSAsExpression[expression.callee.property.name=${FROM_OUTSIDE}]:not([expression.callee.object.name='JSON']):not([typeAnnotation.type='TSUnknownKeyword']), TSAsExpression[expression.argument.callee.name=${FROM_OUTSIDE}]:not([typeAnnotation.type='TSUnknownKeyword']), TSAsExpression[expression.argument.callee.property.name=${FROM_OUTSIDE}]:not([typeAnnotation.type='TSUnknownKeyword'])`,
          message: 'This value comes from a file, a response or another process: check it (a zod schema or a type guard) instead of asserting its type; `as unknown` is fine.',
        },
        {
          selector: "TSAsExpression[expression.object.name=/^(event|message|msg)$/][expression.property.name='data'], TSAsExpression[expression.name=/^(message|msg)$/]",
          message: 'A message crosses a thread or a window: check it instead of asserting its type.',
        },
        {
          selector: `:matches(TSAsExpression, TSTypeAssertion)[typeAnnotation.typeName.name='Record']${KEYED_OBJECT}, :matches(TSAsExpression, TSTypeAssertion)[typeAnnotation.typeName.name='Readonly']${KEYED_OBJECT_IN_READONLY}, :matches(TSAsExpression, TSTypeAssertion)${KEYED_OBJECT_LITERAL}`,
          message: 'Check that a value is a keyed object with isRecord or asRecord (shared/values/is-record.ts) instead of asserting `as Record<string, unknown>`.',
        },
        {
          // `(error as { code?: string }).code` on a caught value: a thrown value can be anything, so it is checked.
          selector: ":matches(TSAsExpression, TSTypeAssertion)[expression.name=/^(e|err|error|cause|reason)$/]:matches([typeAnnotation.type='TSTypeLiteral'], [typeAnnotation.type='TSUnionType'], [typeAnnotation.typeName.right.name='ErrnoException'])",
          message: 'A thrown value can be anything: read its code with errorCode (shared/values/error-code.ts), its message after `instanceof Error`, other fields with asRecord, instead of asserting its shape.',
        },
      ],
    },
  },
  {
    // Plain-JS build and launch scripts run on Node.
    files: ['**/*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'shared/ is pure: no Node built-ins.' },
          { group: ['electron', 'axios', 'react', 'react-dom', '@apidevtools/*', 'yaml'], message: 'shared/ is pure: no platform-bound packages.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { patterns: rendererPatterns }],
    },
  },
  {
    files: ['renderer/**/components/**/*.tsx', 'renderer/**/views/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [...rendererPatterns, { group: ['**/lib/api', '**/lib/api.ts'], message: 'Components never call the api: a feature hook (use-*.ts) does.' }],
      }],
    },
  },
  {
    // Services, the browser host and the CLI run under plain Node: only electron/main and electron/preload may use Electron.
    files: ['electron/services/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron'], message: 'Only electron/main and electron/preload may import electron; services know nothing of it.' },
          { group: ['**/renderer/**'], message: 'The main side imports nothing from renderer/.' },
        ],
      }],
    },
  },
);
