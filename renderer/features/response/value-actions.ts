/**
 * What the response viewer's value menu can do with a clicked value beyond copying it: the
 * request editor beside the viewer provides it (its Tests), so the menu shows only where a
 * request can take an assertion or a capture.
 */
import { createContext, useContext } from 'react';

export type ValueAction = 'assert-equals' | 'assert-type' | 'capture';

/** Adds an assertion or capture for the value at `path` (a JSONPath); returns what was added, in words. */
export type OnValueAction = (action: ValueAction, path: string, value: unknown) => string;

export const ValueActionsContext = createContext<OnValueAction | undefined>(undefined);

/** The value actions of the request beside this viewer, if it takes any. */
export function useValueActions(): OnValueAction | undefined {
  return useContext(ValueActionsContext);
}
