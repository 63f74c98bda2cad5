/** Saves text as a file through the browser's own download, without any network or downloads permission. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "client-rescue-2026-11-26.json": dated so several exports sort and do not overwrite each other. */
export function datedName(stem: string, at: Date, ext: string): string {
  return `${stem}-${at.toISOString().slice(0, 10)}.${ext}`;
}
