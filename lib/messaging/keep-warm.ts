/**
 * MV3 stops an idle service worker after ~30 s; starting it again and warming the analyser then
 * delays the next message by a few hundred milliseconds (bench: "worker stopped"). While a mail tab
 * is visible it keeps a port open and pings the worker, so opening a message stays quick; a hidden
 * tab lets the worker sleep.
 */
import { browser } from 'wxt/browser';

export const KEEP_WARM_PORT = 'client-rescue-keep-warm';
const PING_MS = 20_000;

export function keepWorkerWarm(signal: AbortSignal): void {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  const stop = () => {
    clearInterval(timer);
    port?.disconnect();
    port = null;
  };
  const start = () => {
    if (port || signal.aborted || document.visibilityState !== 'visible') return;
    try {
      port = browser.runtime.connect({ name: KEEP_WARM_PORT });
    } catch {
      return; // The extension was reloaded: this script is an orphan and stays quiet.
    }
    port.onDisconnect.addListener(() => {
      clearInterval(timer);
      port = null;
    });
    timer = setInterval(() => {
      if (!port) return start();
      try {
        port.postMessage({ ping: Date.now() });
      } catch {
        stop();
      }
    }, PING_MS);
  };

  document.addEventListener('visibilitychange', () => (document.visibilityState === 'visible' ? start() : stop()), { signal });
  signal.addEventListener('abort', stop, { once: true });
  start();
}
