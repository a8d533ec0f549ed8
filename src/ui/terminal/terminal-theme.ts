// The terminal's colours, from the page's theme variables, with a palette readable on either
// background (the usual xterm colours, slightly adjusted for contrast).

import type { ITheme } from '@xterm/xterm';

export function terminalTheme(): ITheme {
  const style = getComputedStyle(document.documentElement);
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const background = style.getPropertyValue('--terminal-bg').trim() || (dark ? '#0d1117' : '#ffffff');
  const foreground = style.getPropertyValue('--terminal-fg').trim() || (dark ? '#e6edf3' : '#1c2330');
  return dark
    ? {
        background, foreground, cursor: foreground, selectionBackground: '#264f78',
        black: '#484f58', red: '#ff7b72', green: '#3fb950', yellow: '#d29922', blue: '#58a6ff',
        magenta: '#bc8cff', cyan: '#39c5cf', white: '#b1bac4', brightBlack: '#6e7681', brightRed: '#ffa198',
        brightGreen: '#56d364', brightYellow: '#e3b341', brightBlue: '#79c0ff', brightMagenta: '#d2a8ff',
        brightCyan: '#56d4dd', brightWhite: '#ffffff',
      }
    : {
        background, foreground, cursor: foreground, selectionBackground: '#b6d3ff',
        black: '#24292f', red: '#cf222e', green: '#116329', yellow: '#7d4e00', blue: '#0550ae',
        magenta: '#8250df', cyan: '#1b7c83', white: '#6e7781', brightBlack: '#57606a', brightRed: '#a40e26',
        brightGreen: '#1a7f37', brightYellow: '#633c01', brightBlue: '#0969da', brightMagenta: '#8250df',
        brightCyan: '#3192aa', brightWhite: '#8c959f',
      };
}
