/** Wait for something to appear in the DOM, driven by mutations (no polling), with a timeout and abort. */
export function waitFor<T>(root: Node, probe: () => T | null, timeoutMs: number, signal?: AbortSignal): Promise<T | null> {
  const now = probe();
  if (now !== null || signal?.aborted) return Promise.resolve(now);
  const view = (root.ownerDocument ?? (root as Document)).defaultView ?? globalThis;
  return new Promise((resolve) => {
    const finish = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const observer = new view.MutationObserver(() => {
      const found = probe();
      if (found !== null) finish(found);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    const timer = setTimeout(() => finish(probe()), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
