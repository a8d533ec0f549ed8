// The test build's extra lessons (build/lessons-plugin.ts): lazy loaders by path, like import.meta.glob.
declare module 'virtual:extra-lessons' {
  export const markdown: Record<string, () => Promise<unknown>>;
  export const files: Record<string, () => Promise<unknown>>;
}
