/**
 * dexie-react-hooks' useLiveQuery for Preact: re-runs `query` whenever the tables it read change,
 * in this page or any other page of the extension origin (dexie broadcasts commits across them).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  /** The last good value; kept while a re-query runs so the page does not flicker to "loading". */
  value: T | undefined;
  error: unknown;
  loading: boolean;
}

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): LiveResult<T> {
  const [state, setState] = useState<LiveResult<T>>({ value: undefined, error: null, loading: true });
  useEffect(() => {
    setState((s) => ({ ...s, loading: true }));
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null, loading: false }),
      error: (error: unknown) => setState((s) => ({ ...s, error, loading: false })),
    });
    return () => subscription.unsubscribe();
    // The caller's deps decide when the query changes, as with useMemo.
  }, deps);
  return state;
}
