/**
 * Bundles a TypeScript entry into one JavaScript file with esbuild (already installed as tsx's and
 * wxt's dependency), so a fresh process or a browser page can load code from lib/ as shipped
 * code would be: one parsed file, no TypeScript transform in the timing.
 */
import { build } from 'esbuild';

export async function bundleFile(entry: string, outfile: string, format: 'esm' | 'iife'): Promise<string> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format,
    platform: format === 'esm' ? 'node' : 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
  });
  return outfile;
}
