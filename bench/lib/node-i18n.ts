/**
 * The benchmark runs lib/ code in plain Node, where there is no extension API: '#i18n' reads its
 * strings through `chrome.i18n`, bound when it is first imported. This module must be imported
 * first (bench/run.ts) and stay synchronous, so the binding exists before any other module loads;
 * the English messages themselves load asynchronously, before any section runs.
 */
type GetMessage = (name: string, substitutions?: string | string[]) => string;

let getMessage: GetMessage = () => '';
const scope = globalThis as { chrome?: unknown };
scope.chrome ??= { i18n: { getMessage: (name: string, substitutions?: string | string[]) => getMessage(name, substitutions) } };

export async function loadEnglishMessages(): Promise<void> {
  ({ getMessage } = await import('../../scripts/lib/english-messages'));
}
