import type { ReactNode } from 'react';

/**
 * A field's name above it. The OAuth fields sit in pairs with only a placeholder, which disappears as
 * soon as the field is filled: a filled client id and audience then look alike. The input keeps its
 * own aria-label, so the caption is for the eye only.
 */
export function Captioned({ caption, children }: { readonly caption: string; readonly children: ReactNode }) {
  return (
    <span className="auth-captioned">
      <span className="auth-caption" aria-hidden="true">
        {caption}
      </span>
      {children}
    </span>
  );
}
