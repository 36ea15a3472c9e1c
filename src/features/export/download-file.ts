/** Hands a file to the browser's download, as a link with `download` would. */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob after click() returns; release it once that has surely begun.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
