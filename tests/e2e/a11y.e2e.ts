import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR, E2E_FEED_URL } from './support/constants';
import { FeedServer } from './support/feed-server';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';
import { openPopupOn, panelFrame, routeLinkedIn } from './support/linkedin';

// axe-core (WCAG 2 A and AA rules) on every page, in English and in Hebrew (right-to-left).
// Chromium takes its UI language, and so the extension's messages, from --lang.

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Acme — news to share',
  _ownvoice: {
    schema: 1,
    organization: 'Acme',
    guidelines: {
      disclosure: { text: '#AcmeEmployee', required: true },
      blocked_terms: ['confidential'],
      min_own_words: 0.3,
    },
  },
  items: [
    {
      id: 'offline-mode',
      url: 'https://acme.example/blog/offline',
      title: 'We shipped offline mode',
      summary: 'Boards, forms and checklists now work without a connection.',
      language: 'en',
      tags: ['product'],
      date_published: new Date(Date.now() - 3_600_000).toISOString(),
      _ownvoice: {
        prompts: ['What part did you build?'],
        suggestions: [{ text: 'Offline mode is live.', network: 'any' }],
        hashtags: ['#offline'],
      },
    },
    {
      id: 'tel-aviv',
      title: 'פתחנו משרד חדש בתל אביב עם Acme Cloud',
      summary: 'פרטים ב-https://acme.example/tlv',
      language: 'he',
      date_published: new Date(Date.now() - 7_200_000).toISOString(),
    },
  ],
};

interface Finding {
  id: string;
  impact: string;
  nodes: string[];
}

async function audit(page: Page, include?: string): Promise<Finding[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? '', nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core run inside the panel's frame, as it is framed on LinkedIn. AxeBuilder cannot select a
 * frame inside a closed shadow root, so axe is evaluated in the frame itself (through the DevTools
 * protocol, which the extension page's CSP does not stop).
 */
async function auditFrame(frame: Frame): Promise<Finding[]> {
  await frame.evaluate(AXE_SOURCE);
  const violations = await frame.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return (await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? '', nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  nodes: { target: string[] }[];
}

describe.each([
  ['en', 'ltr', []],
  ['he', 'rtl', ['--lang=he']],
] as const)('accessibility in %s', (locale, dir, args) => {
  const server = new FeedServer();
  let ext: LaunchedExtension;

  beforeAll(async () => {
    await server.start();
    server.serveJson(feed);
    ext = await launchExtension(E2E_BUILD_DIR, { args: [...args] });
    await routeLinkedIn(ext.context);
    await server.waitForRequests(1);
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  async function open(pagePath: string): Promise<Page> {
    const page = await ext.openExtensionPage(pagePath);
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe(dir);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    return page;
  }

  it('popup list and composer', async () => {
    const popup = await open('popup.html');
    const card = popup.locator('.card', { hasText: 'We shipped offline mode' });
    await card.waitFor();
    expect(await audit(popup)).toEqual([]);
    // Dark mode follows the system and keeps its contrast.
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await audit(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
    // Feed text reads in its own direction whatever the UI language.
    expect(await popup.locator('.card-title').first().getAttribute('dir')).toBe('auto');

    await card.click();
    const editor = popup.locator('textarea.editor');
    await editor.fill('We shipped it. This is confidential.');
    await popup.locator('.finding').first().waitFor();
    expect(await audit(popup)).toEqual([]);
    await popup.close();
  });

  it('options', async () => {
    const options = await open('options.html');
    await options.locator('.subscription').first().waitFor();
    expect(await audit(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await audit(options)).toEqual([]);
    await options.close();
  });

  it('history', async () => {
    const history = await open('history.html');
    await history.locator('[role="tab"]').first().waitFor();
    await history.locator('.history-main .empty, .history-main .hint').first().waitFor();
    expect(await audit(history)).toEqual([]);
    await history.close();
  });

  it('feed check page', async () => {
    const check = await open('feed-check.html');
    await check.locator('input[type="url"]').fill(E2E_FEED_URL);
    await check.locator('form button[type="submit"]').click();
    await check.locator('#check-result').waitFor();
    expect(await audit(check)).toEqual([]);
    await check.close();
  });

  it('organizer studio, with an item, its suggestion checks and the preview', async () => {
    const studio = await open('studio.html');
    const main = studio.getByRole('main');
    await main.getByRole('button', { name: /./ }).first().waitFor();
    await main.locator('.studio-start button').nth(1).click();
    await studio.locator('.studio-preview .card').first().waitFor();
    await main.locator('.studio-suggestions button').last().click();
    await main.locator('.studio-suggestion textarea').last().fill('This is confidential.');
    await main.locator('.studio-suggestion .check-problems').last().waitFor();
    // The preview opens the item being edited, with its composer.
    await studio.locator('.studio-preview textarea.editor').waitFor();
    expect(await audit(studio)).toEqual([]);
    await studio.emulateMedia({ colorScheme: 'dark' });
    expect(await audit(studio)).toEqual([]);
    await studio.emulateMedia({ colorScheme: 'light' });
    await studio.locator('.studio-preview .back').click();
    await studio.locator('.studio-preview .card').first().waitFor();
    expect(await audit(studio)).toEqual([]);
    await studio.close();
  });

  it('the LinkedIn overlay', async () => {
    const linkedin = await ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    const popup = await openPopupOn(ext, linkedin);
    await popup.locator('.banner-linkedin button').click();
    await popup.close().catch(() => undefined);
    const frame = await panelFrame(linkedin);
    const panel = frame.locator('.panel');
    await panel.waitFor();
    await panel.locator('.card').first().waitFor();
    expect(await panel.evaluate((el) => getComputedStyle(el).direction)).toBe(dir);
    expect(await auditFrame(frame)).toEqual([]);

    await panel.locator('.card', { hasText: 'We shipped offline mode' }).click();
    await panel.locator('textarea.editor').fill('My own words about offline mode.');
    expect(await auditFrame(frame)).toEqual([]);
    await linkedin.close();
  });
});
