/** A file name from a queue name: what file systems refuse (/ \ : * ? " < > | and controls) becomes "_". */
export function fileNameFor(queue: string, suffix: string): string {
  const safe = queue.replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/^\.+/, '_').slice(0, 120);
  return `${safe || 'queue'}${suffix}`;
}

/** Saves a value as a JSON file through a Blob (nothing goes back to the server). */
export function downloadJson(fileName: string, value: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click's navigation has taken the blob.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
