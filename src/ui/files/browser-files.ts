// The desktop side of uploads and downloads: File objects from the picker or a drop read into bytes
// (transferred to the worker, not copied), and bytes from the worker saved through a download link.

import * as Comlink from 'comlink';
import type { UploadFile } from '../../worker/files/protocol.ts';

export interface PickedFiles {
  files: File[];
  /** Dropped folders: the browser gives them as entries we do not walk. */
  folders: string[];
}

/** The files of a drop; folders are set aside by name (they cannot be read as one file). */
export function droppedFiles(transfer: DataTransfer): PickedFiles {
  const files: File[] = [];
  const folders: string[] = [];
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  for (const item of items) {
    const entry = item.webkitGetAsEntry();
    const file = item.getAsFile();
    if (entry?.isDirectory) folders.push(entry.name);
    else if (file) files.push(file);
  }
  return { files, folders };
}

/** Reads the files and wraps them for comlink so their buffers move to the worker. */
export async function readForUpload(files: readonly File[]): Promise<UploadFile[]> {
  const read = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  return Comlink.transfer(read, read.map((file) => file.bytes.buffer));
}

/** Hands bytes to the browser as a download named `name`. */
export function saveDownload(name: string, bytes: Uint8Array, type = 'application/octet-stream'): void {
  // The bytes arrived in a transferred ArrayBuffer (never shared memory), which Blob accepts.
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; revoking later is only about freeing memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
