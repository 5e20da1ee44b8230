import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closedShadowRoots, invokeOn, isPanelFrame, linkedInSuite, shares } from './support/linkedin';

/**
 * What LinkedIn's page can see of Ownvoice, tried from the page's own world (where LinkedIn's
 * scripts run), on the 2026 fixture: a script there walks every open shadow root and frame it can
 * reach, listens for key, input and message events while the employee types in the panel, forges
 * a `postMessage` asking for an insertion, and tries to fill and press the panel's controls.
 * The employee, meanwhile, uses the panel as a person would (Playwright's real key presses).
 *
 * The driving helpers fall back to an in-page panel, so this file also runs against the design
 * it replaced (an open shadow root in the page): there the probe read the draft and heard the keys.
 */

const DRAFT = 'Unposted thoughts 7f3q: I am not sure yet';
const ITEM_SUMMARY = 'Boards, forms and checklists now work without a connection.';

/** Installed before LinkedIn's page runs: the probe, in the page's own world. */
function installProbe(extensionId: string): void {
  const w = window as unknown as { __probe: Probe };
  const probe: Probe = { keys: [], inputs: 0, messages: [], wxtEvents: 0, warFetch: 'not tried' };
  w.__probe = probe;
  for (const type of ['keydown', 'keypress', 'keyup']) {
    document.addEventListener(type, (e) => probe.keys.push(`${type}:${(e as KeyboardEvent).key}`), true);
  }
  for (const type of ['input', 'beforeinput', 'compositionstart', 'textInput']) {
    document.addEventListener(type, () => probe.inputs++, true);
  }
  window.addEventListener('message', (e) => {
    probe.messages.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data));
  });
  // WXT's content-script context also fires a document event named after the extension's id.
  for (const entry of ['linkedin', 'linkedin-page', 'linkedin.content']) {
    document.addEventListener(`${extensionId}:${entry}:wxt:content-script-started`, () => probe.wxtEvents++);
  }
}

interface Probe {
  keys: string[];
  inputs: number;
  messages: string[];
  wxtEvents: number;
  warFetch: string;
}

/** Everything a page script can read: text of the DOM, every open shadow root, every reachable frame. */
function readEverything(): string {
  const texts: string[] = [];
  const walk = (root: Document | ShadowRoot | Element) => {
    for (const el of root.querySelectorAll('*')) {
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) texts.push(el.value);
      if (el.shadowRoot) {
        texts.push(el.shadowRoot.textContent ?? '');
        walk(el.shadowRoot);
      }
    }
  };
  texts.push(document.body.innerText);
  walk(document);
  for (let i = 0; i < window.frames.length; i++) {
    try {
      const doc = window.frames[i]!.document;
      texts.push(doc.body?.innerText ?? '');
      walk(doc);
    } catch {
      texts.push('(a frame the page may not read)');
    }
  }
  return texts.join('\n');
}

/** The panel: its frame where there is one, else the page (the former in-page panel). */
function panelScope(linkedin: Page): Page | Frame {
  return linkedin.frames().find(isPanelFrame) ?? linkedin;
}

async function panelOf(linkedin: Page) {
  const until = Date.now() + 15_000;
  for (;;) {
    const panel = panelScope(linkedin).getByRole('complementary', { name: 'Ownvoice' });
    if ((await panel.count()) > 0) return panel;
    if (Date.now() > until) throw new Error('no panel');
    await linkedin.waitForTimeout(50);
  }
}

describe("what LinkedIn's page can see of the panel", () => {
  const suite = linkedInSuite();

  async function openedPanel(): Promise<Page> {
    await suite.ext.context.addInitScript(installProbe, suite.ext.extensionId);
    const linkedin = await suite.ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await invokeOn(suite.ext, linkedin);
    return linkedin;
  }

  it('reads nothing, hears nothing, gets no message, and cannot forge a share', async () => {
    const linkedin = await openedPanel();
    const panel = await panelOf(linkedin);
    await panel.getByRole('button', { name: /We shipped offline mode/ }).click();
    const editor = panel.getByRole('textbox', { name: /Your post/ });
    await editor.click();
    await editor.pressSequentially(DRAFT);
    await expect.poll(() => editor.inputValue()).toBe(DRAFT);

    const probe = await linkedin.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
    expect(probe.keys).toEqual([]);
    expect(probe.inputs).toBe(0);
    expect(probe.wxtEvents).toBe(0);
    // Nothing of Ownvoice's posted to the page (the fixture's own messages do not mention it).
    expect(probe.messages.filter((m) => /ownvoice|wxt|extension|panel/i.test(m))).toEqual([]);

    const seen = await linkedin.evaluate(readEverything);
    expect(seen).not.toContain(DRAFT);
    expect(seen).not.toContain(ITEM_SUMMARY);
    expect(seen).not.toContain('#AcmeEmployee');
    // The host is there (the page can see that something was added), with a closed root.
    expect(await closedShadowRoots(linkedin)).toBe(1);

    // Forged requests: a postMessage in the shape the panel uses, and a press at the panel's place.
    const before = (await shares(suite.extPage)).length;
    await linkedin.evaluate(() => {
      const share = { feedUrl: 'https://x.example/f.json', itemId: 'forged', tags: [] };
      const request = { channel: 'linkedin', text: 'Forged by the page', ownWords: 1 };
      for (const type of ['panel/put', 'shares/record']) {
        window.postMessage(
          { type, request, about: share, share: { ...share, ...request, status: 'opened' } },
          '*',
        );
      }
      // Whatever is drawn at the panel's Put button position: the host, at most.
      const target = document.elementFromPoint(innerWidth - 100, innerHeight - 60);
      target?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      // Every textarea and "Put in LinkedIn post" button the page can reach, open shadow roots included.
      const roots: (Document | ShadowRoot)[] = [document];
      for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      for (const root of roots) {
        for (const el of root.querySelectorAll('textarea')) {
          setValue.call(el, 'Forged by the page #AcmeEmployee');
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }
      for (const root of roots) {
        for (const button of root.querySelectorAll('button')) {
          if (button.textContent?.includes('Put in LinkedIn post')) button.click();
        }
      }
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return typeof runtime?.sendMessage;
    });
    await linkedin.waitForTimeout(500);
    const after = await shares(suite.extPage);
    expect(after.length).toBe(before);
    expect(after.filter((s) => s.text.includes('Forged'))).toEqual([]);
    expect(await editor.inputValue()).toBe(DRAFT);
    await linkedin.close();
  });

  it("cannot load the panel's page by the extension's id", async () => {
    const linkedin = await suite.ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    const outcome = await linkedin.evaluate(async (id) => {
      try {
        const response = await fetch(`chrome-extension://${id}/panel.html`);
        return `read ${response.status}`;
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    }, suite.ext.extensionId);
    expect(outcome).toMatch(/^refused/);
    await linkedin.close();
  });

  it('refuses to put the post in while the page hides or covers the panel (clickjacking)', async () => {
    const linkedin = await suite.ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await linkedin.locator('[role="button"]:has([aria-label="Start a post"])').click();
    await linkedin.getByRole('dialog', { name: 'Create post modal' }).waitFor();
    await invokeOn(suite.ext, linkedin);
    const panel = await panelOf(linkedin);
    await panel.getByRole('button', { name: /We shipped offline mode/ }).click();
    await panel.getByRole('textbox', { name: /Your post/ }).fill('My unposted private draft');
    await panel.getByRole('button', { name: 'Add #AcmeEmployee' }).click();
    const put = panel.getByRole('button', { name: 'Put in LinkedIn post' });
    const quillText = () =>
      linkedin.evaluate(() =>
        (window as unknown as { __fixtureQuill: () => { getText(): string } }).__fixtureQuill().getText(),
      );
    const before = (await shares(suite.extPage)).length;

    // The page makes the panel invisible and draws its own decoy where "Put" is; the employee
    // clicks the decoy they see, and the click lands in the invisible panel.
    const attacks = [
      () => {
        const host = document.body.lastElementChild as HTMLElement;
        host.style.setProperty('opacity', '0', 'important');
        return () => host.style.removeProperty('opacity');
      },
      () => {
        // A nearly invisible layer over the panel that lets clicks through: it can fake what the panel shows.
        const layer = document.createElement('div');
        layer.style.cssText =
          'position:fixed;inset:0;z-index:2147483647;pointer-events:none;background:rgba(255,255,255,0.01)';
        document.documentElement.append(layer);
        return () => layer.remove();
      },
    ];
    for (const attack of attacks) {
      await linkedin.evaluate((source) => {
        const undo = (0, eval)(`(${source})`)() as () => void;
        (window as unknown as { __undo: () => void }).__undo = undo;
      }, attack.toString());
      // The decoy is in place before the employee sees it: the browser's visibility tracking
      // reports at most every 100 ms.
      await linkedin.waitForTimeout(400);
      await put.click();
      await expect
        .poll(() => panel.getByText(/something on this page is covering or hiding the panel/).count())
        .toBe(1);
      expect((await quillText()).trim()).toBe('');
      expect((await shares(suite.extPage)).length).toBe(before);
      await linkedin.evaluate(() => (window as unknown as { __undo: () => void }).__undo());
      // The refusal goes with the next edit, so each attack is judged on its own.
      await panel.getByRole('textbox', { name: /Your post/ }).press('End');
      await panel.getByRole('textbox', { name: /Your post/ }).pressSequentially(' ');
      await expect.poll(() => panel.getByText(/covering or hiding the panel/).count()).toBe(0);
    }
    await linkedin.waitForTimeout(400);

    // Uncovered again, the same press puts the post in.
    await put.click();
    await expect.poll(async () => (await quillText()).trim()).toContain('My unposted private draft');
    await linkedin.close();
  });
});
