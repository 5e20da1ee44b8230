import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { invokeOn, linkedInSuite, panelIn, shares, writeAndPut } from './support/linkedin';

// LinkedIn's feed as it is in 2026 (tests/fixtures/linkedin/feed-2026.html says on what evidence):
// the composer in the open shadow root of #interop-outlet, a real Quill 2 editor, a decoy editor in
// a hidden preload iframe, Post enabled a tick after Quill commits, and a Discard prompt.

const ITEM = /We shipped offline mode/;

/** A post with a blank line and a list: each line must arrive as its own paragraph. */
const POST = [
  'I tested offline mode on a train through the Alps.',
  '',
  'What held up:',
  '- boards',
  '- forms and checklists',
].join('\n');

interface QuillState {
  text: string | null;
  blank: boolean;
  postEnabled: boolean;
}

/** Quill's own model and LinkedIn's Post button, read in the page's world. */
function quillState(linkedin: Page): Promise<QuillState> {
  return linkedin.evaluate(() => {
    const quill = (
      window as unknown as { __fixtureQuill: () => { getText(): string; root: Element } | null }
    ).__fixtureQuill();
    const shadow = document.getElementById('interop-outlet')!.shadowRoot!;
    const post = shadow.querySelector<HTMLButtonElement>('button.share-actions__primary-action');
    return {
      text: quill ? quill.getText() : null,
      blank: quill ? quill.root.classList.contains('ql-blank') : true,
      postEnabled: post ? !post.disabled : false,
    };
  });
}

function decoyText(linkedin: Page): Promise<string> {
  return linkedin.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe[data-testid="interop-iframe"]')!;
    return frame.contentDocument!.querySelector<HTMLElement>('.ql-editor')!.innerText.trim();
  });
}

const loads = (linkedin: Page) =>
  linkedin.evaluate(() => (window as unknown as { __loads: () => number }).__loads());

describe('LinkedIn 2026: the composer in a shadow root, with Quill', () => {
  const suite = linkedInSuite();

  async function openFeedWithComposer(): Promise<Page> {
    const linkedin = await suite.ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await linkedin.locator('[role="button"]:has([aria-label="Start a post"])').click();
    await linkedin.getByRole('dialog', { name: 'Create post modal' }).waitFor();
    return linkedin;
  }

  const statusOf = async (text: string) =>
    (await shares(suite.extPage)).find((s) => s.text.startsWith(text))?.status;

  it('puts the text into Quill’s own model, paragraphs kept, Post enabled, the decoy untouched, no reload', async () => {
    const linkedin = await openFeedWithComposer();
    await invokeOn(suite.ext, linkedin);
    await writeAndPut(linkedin, ITEM, POST);
    const panel = await panelIn(linkedin);
    await expect.poll(() => panel.getByText(/Your text is in LinkedIn's post box/).count()).toBe(1);
    // Issue 21, item 2: the post stays in the panel, marked where it went, with no stale findings.
    expect(await panel.getByRole('textbox', { name: /Your post/ }).inputValue()).toContain(
      POST.split('\n')[0]!,
    );
    expect(await panel.getByRole('list', { name: 'Where this post has gone' }).innerText()).toContain(
      "Put in LinkedIn's post box",
    );
    expect(await panel.getByText('Write your post first.').count()).toBe(0);

    const [entry] = (await shares(suite.extPage)).filter((s) => s.text.startsWith(POST.split('\n')[0]!));
    expect(entry?.status).toBe('opened');
    // Quill's model holds exactly what the employee wrote, one paragraph a line (getText ends with \n).
    await expect.poll(async () => (await quillState(linkedin)).text).toBe(`${entry!.text}\n`);
    const state = await quillState(linkedin);
    expect(state.blank).toBe(false);
    expect(state.postEnabled).toBe(true);
    expect(await decoyText(linkedin)).toBe('');
    expect(await loads(linkedin)).toBe(1);
    expect(await panel.count()).toBe(1);

    // The test presses Post, as the person would; the extension never does.
    await linkedin
      .getByRole('dialog', { name: 'Create post modal' })
      .getByRole('button', { name: 'Post' })
      .click();
    await expect
      .poll(() => linkedin.getByRole('list', { name: 'Posts' }).innerText())
      .toContain('#AcmeEmployee');
    await expect.poll(() => statusOf(POST.split('\n')[0]!)).toBe('posted');
    await linkedin.close();
  });

  it('marks the entry abandoned when the employee dismisses the composer and discards', async () => {
    const linkedin = await openFeedWithComposer();
    await invokeOn(suite.ext, linkedin);
    const text = 'Dismissed on purpose: not today.';
    await writeAndPut(linkedin, ITEM, text);
    await expect.poll(async () => (await quillState(linkedin)).text).toContain(text);
    const dialog = linkedin.getByRole('dialog', { name: 'Create post modal' });
    await dialog.getByRole('button', { name: 'Dismiss' }).click();
    await linkedin
      .getByRole('alertdialog', { name: 'Save this post as a draft?' })
      .getByRole('button', { name: 'Discard' })
      .click();
    await expect.poll(() => statusOf(text)).toBe('abandoned');
    await linkedin.close();
  });

  it('leaves the entry opened when the employee saves it as a LinkedIn draft', async () => {
    const linkedin = await openFeedWithComposer();
    await invokeOn(suite.ext, linkedin);
    const text = 'Saved as a draft for Monday.';
    await writeAndPut(linkedin, ITEM, text);
    await expect.poll(async () => (await quillState(linkedin)).text).toContain(text);
    await linkedin
      .getByRole('dialog', { name: 'Create post modal' })
      .getByRole('button', { name: 'Dismiss' })
      .click();
    await linkedin.getByRole('button', { name: 'Save as draft' }).click();
    await expect.poll(() => linkedin.getByRole('dialog', { name: 'Create post modal' }).count()).toBe(0);
    // Give a wrong "abandoned" every chance to arrive before checking that none did.
    await linkedin.waitForTimeout(1500);
    expect(await statusOf(text)).toBe('opened');
    await linkedin.close();
  });

  it('with no composer open, opens LinkedIn’s share URL holding the text, then asks whether it went out until answered', async () => {
    const linkedin = await suite.ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await invokeOn(suite.ext, linkedin);
    const text = 'Shared through the share link.';
    await writeAndPut(linkedin, ITEM, text);
    // The tab went to the share URL: a new page load, with the composer open and holding the text.
    await expect.poll(() => linkedin.url()).toContain('shareActive=true');
    await expect.poll(() => loads(linkedin)).toBe(2);
    await expect.poll(async () => (await quillState(linkedin)).text).toContain(text);
    expect(await statusOf(text)).toBe('opened');
    await linkedin
      .getByRole('dialog', { name: 'Create post modal' })
      .getByRole('button', { name: 'Post' })
      .click();

    // The page was replaced, so nothing watched it: the next opening of the panel asks.
    await invokeOn(suite.ext, linkedin);
    const panel = await panelIn(linkedin);
    const question = panel.getByRole('region', { name: 'A question about an earlier post' });
    await expect
      .poll(() => question.innerText())
      .toMatch(/Did your post about “We shipped offline mode” on LinkedIn go out\?/);
    await question.getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => statusOf(text)).toBe('posted');
    await expect.poll(() => question.getByText('Noted in My history.').count()).toBe(1);

    // Answered, so not asked again; the popup asks about the one still open: the saved LinkedIn draft.
    const draft = 'Saved as a draft for Monday.';
    expect(await statusOf(draft)).toBe('opened');
    let popup = await suite.ext.openExtensionPage('popup.html');
    const popupQuestion = popup.getByRole('region', { name: 'A question about an earlier post' });
    await popupQuestion.getByRole('button', { name: 'Not yet' }).click();
    await expect.poll(() => statusOf(draft)).toBe('abandoned');
    await popup.close();
    popup = await suite.ext.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: ITEM }).first().waitFor();
    expect(await popup.getByRole('region', { name: 'A question about an earlier post' }).count()).toBe(0);
    await popup.close();
    await linkedin.close();
  });

  it('shows in Settings which layout it met last, kept on this machine', async () => {
    const options = await suite.ext.openExtensionPage('options.html');
    await expect
      .poll(() => options.getByText(/No post box was open, so LinkedIn's own share link opened one/).count())
      .toBe(1);
    const linkedin = await openFeedWithComposer();
    await invokeOn(suite.ext, linkedin);
    await writeAndPut(linkedin, ITEM, 'One more, for the layout line.');
    await expect
      .poll(() => options.getByText(/LinkedIn's 2026 post box \(a Quill editor in a shadow root\)/).count())
      .toBe(1);
    await linkedin.close();
    await options.close();
  });
});
