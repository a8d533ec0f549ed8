// Driving the terminal in the page as a person would: type keys, read the screen's rows.

import type { Page } from 'playwright-core';

/** The terminal's visible rows, trailing spaces trimmed. */
export async function screenLines(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="terminal"] .xterm-rows > div', (rows) => rows.map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()));
}

export async function screenText(page: Page): Promise<string> {
  return (await screenLines(page)).join("\n").trimEnd();
}

/** Waits until the screen shows `expected` (a string to contain, or a predicate on the text). */
export async function waitForScreen(page: Page, expected: string | ((text: string) => boolean), timeoutMs = 15_000): Promise<string> {
  const test = typeof expected === 'string' ? (text: string) => text.includes(expected) : expected;
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await screenText(page);
    if (test(text)) return text;
    await page.waitForTimeout(50);
  }
  throw new Error(`the terminal never showed ${typeof expected === 'string' ? JSON.stringify(expected) : 'what was expected'}; it shows:\n${text}`);
}

export async function typeCommand(page: Page, command: string): Promise<void> {
  await page.locator('[data-testid="terminal"] textarea').focus();
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
}
