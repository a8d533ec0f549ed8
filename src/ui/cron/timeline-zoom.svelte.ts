// How much time the cron timeline shows, kept across tab switches (the panel unmounts when hidden).

const HOUR_US = 3_600_000_000;

export interface TimelineZoom {
  label: string;
  words: string;
  /** The whole window, half of it before now and half after. */
  spanUs: number;
}

export const ZOOMS: readonly TimelineZoom[] = [
  { label: '1 h', words: '1 hour', spanUs: HOUR_US },
  { label: '6 h', words: '6 hours', spanUs: 6 * HOUR_US },
  { label: '1 day', words: '1 day', spanUs: 24 * HOUR_US },
];

export const timelineZoom = $state({ spanUs: ZOOMS[0].spanUs });
