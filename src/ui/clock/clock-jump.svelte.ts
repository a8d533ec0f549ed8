// A jump of the virtual clock ("advance 1 week"): the worker fast-forwards, firing every event on
// the way, and reports progress. Most jumps end in a blink; only one that lasts longer than a moment
// shows its progress (and disables the other clock controls), so short jumps do not flash the UI.

import type { AdvanceOutcome } from '../../worker/protocol.ts';
import type { WorldClient } from '../world-client.svelte.ts';
import { formatDayTime } from './format-clock.ts';

/** How long a jump may run before its progress is shown, in real milliseconds. */
export const PROGRESS_DELAY_MS = 300;

export interface JumpSize {
  label: string;
  /** Spoken name: "1 hour". */
  words: string;
  ms: number;
}

const HOUR_MS = 3_600_000;
export const JUMP_SIZES: readonly JumpSize[] = [
  { label: '+1 h', words: '1 hour', ms: HOUR_MS },
  { label: '+1 day', words: '1 day', ms: 24 * HOUR_MS },
  { label: '+1 week', words: '1 week', ms: 7 * 24 * HOUR_MS },
];

export class ClockJump {
  /** A jump is under way (the controls ignore clicks, even before its progress shows). */
  busy = $state(false);
  /** The jump has lasted long enough to show its progress; the other controls are disabled. */
  showProgress = $state(false);
  current = $state<JumpSize | null>(null);
  /** Where the jump will land, virtual microseconds. */
  targetUs = $state(0);
  /** The last finished jump, in words, for the screen reader's live region. */
  announcement = $state('');
  /** The control that started the jump, to give focus back to when the progress goes away. */
  origin: HTMLElement | null = null;

  /** `world` is read through a getter so a component can hand over its (reactive) prop. */
  constructor(private readonly worldOf: () => WorldClient) {}

  private get world(): WorldClient {
    return this.worldOf();
  }

  async start(size: JumpSize, origin: HTMLElement | null = null): Promise<AdvanceOutcome | null> {
    if (this.busy || !this.world.ready) return null;
    this.busy = true;
    this.origin = origin;
    this.current = size;
    this.targetUs = this.world.virtualNowUs() + size.ms * 1000;
    this.announcement = '';
    const timer = setTimeout(() => {
      if (this.busy) this.showProgress = true;
    }, PROGRESS_DELAY_MS);
    try {
      const outcome = await this.world.advance(size.ms);
      // The clock display shows where a cancelled jump stopped; its update may still be in flight.
      this.announcement = outcome === 'cancelled' ? `Jump of ${size.words} cancelled` : `Advanced ${size.words}, to ${formatDayTime(this.targetUs / 1000)}`;
      return outcome;
    } finally {
      clearTimeout(timer);
      this.busy = false;
      this.showProgress = false;
      this.current = null;
    }
  }

  cancel(): void {
    if (this.busy) this.world.cancelAdvance();
  }
}
