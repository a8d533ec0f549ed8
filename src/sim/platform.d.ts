// The few host facilities the engine may use. Both browsers (window and worker) and Node provide them
// with these exact shapes, so the engine stays portable while compiling without the DOM or Node types
// (see tsconfig.sim.json). Anything else from the host (timers, real time) is injected via HostHooks.

interface TextEncoderEncodeIntoResult {
  read: number;
  written: number;
}

declare class TextEncoder {
  constructor();
  encode(input?: string): Uint8Array<ArrayBuffer>;
  encodeInto(source: string, destination: Uint8Array): TextEncoderEncodeIntoResult;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare function queueMicrotask(callback: () => void): void;

// ES2024: every engine we run on has it (Chromium 111, Node 20).
interface String {
  isWellFormed(): boolean;
}
