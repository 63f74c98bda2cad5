import { useEffect, useState } from 'preact/hooks';
import type { ValueStore } from '../../lib/content/value-store';

export function useValueStore<T>(store: ValueStore<T>): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => {
    setValue(store.get());
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
