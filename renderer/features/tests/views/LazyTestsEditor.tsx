import { lazy, Suspense, type ComponentProps } from 'react';

// The editor reads each item through the runner's schemas (zod): it loads when a Tests tab or
// section first shows, not with the page.
const Editor = lazy(() => import('./TestsEditor').then((module) => ({ default: module.TestsEditor })));

/** The Tests editor, loaded when first shown. */
export function LazyTestsEditor(props: ComponentProps<typeof Editor>) {
  return (
    <Suspense fallback={<p className="muted">Loading the Tests editor…</p>}>
      <Editor {...props} />
    </Suspense>
  );
}
