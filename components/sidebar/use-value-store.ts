import { useLayoutEffect, useState } from 'preact/hooks';
import type { ValueStore } from '../../lib/content/value-store';

export function useValueStore<T>(store: ValueStore<T>): T {
  const [value, setValue] = useState(store.get());
  // Subscribed at once, not after the next paint (see SidebarRoot in mount-sidebar.tsx).
  useLayoutEffect(() => {
    setValue(store.get());
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
