/** Hands a file to the browser's download (no network: a local object URL). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the bytes once the click's task has run.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: characters file systems refuse are replaced, length kept sensible. */
export function fileNameFrom(title: string): string {
  const printable = [...title].map((ch) => (ch.charCodeAt(0) < 0x20 ? ' ' : ch)).join('');
  const cleaned = printable
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return cleaned || 'export';
}
