// Hands bytes to the browser as a file download (an object URL on a temporary link).

export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  // Transferred from the worker, so backed by a plain ArrayBuffer (never shared memory).
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has taken its own reference by the next task; the URL is only memory until revoked.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `pipeline-playground-2026-11-25-1042.ppworkspace`, in the student's local time. */
export function workspaceFileName(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `pipeline-playground-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.ppworkspace`;
}
