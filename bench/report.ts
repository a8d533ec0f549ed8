// Printing benchmark figures: each one with its target, so a missed target is plain to see.

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The target, as a comparison the value must satisfy. */
  target?: { op: '<=' | '>=' | '=='; value: number };
  /** Extra context printed after the figure (a reference run, a ratio). */
  note?: string;
}

export function formatFigure(figure: Figure): string {
  const value = formatNumber(figure.value);
  let status = '';
  if (figure.target) {
    const met = meets(figure.value, figure.target);
    status = `  ${met ? 'ok' : 'MISSED'} (target ${figure.target.op} ${formatNumber(figure.target.value)} ${figure.unit})`;
  }
  return `  ${figure.name.padEnd(58)} ${value.padStart(12)} ${figure.unit}${status}${figure.note ? `  — ${figure.note}` : ''}`;
}

export function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) >= 1000) return value.toLocaleString('en-US');
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function missed(figures: Figure[]): Figure[] {
  return figures.filter((f) => f.target && !meets(f.value, f.target));
}

function meets(value: number, target: NonNullable<Figure['target']>): boolean {
  if (target.op === '==') return value === target.value;
  return target.op === '<=' ? value <= target.value : value >= target.value;
}
