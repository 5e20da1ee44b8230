import { useDeferredValue, useMemo, useRef, useState, type ReactNode } from 'react';
import { createGuidelineChecker, addDisclosure } from '@/shared/compose/guidelines';
import { createOwnWordsMeter, meetsMinimum } from '@/shared/compose/own-words';
import type { Guidelines, Network, Utm } from '@/shared/feed/types';
import { finalPostText, shareTargetsFor } from '@/shared/share/intents';
import type { NetworkRuleSet } from '@/shared/share/network-rules';
import type { ShareChannel, ShareOutcome, ShareRequest, VoiceSettings } from '@/shared/share/types';
import { utmFor, withUtm } from '@/shared/share/utm';
import { safeHttpUrl, type ItemView } from '../feed-view';
import { GuidelineList } from './guideline-list';
import { insertAt } from './insert-text';
import { LengthList } from './length-list';
import { OwnWordsMeter } from './own-words-meter';
import { DiscardDraft } from './discard-draft';
import { ShareBar } from './share-bar';
import { VoiceChips } from './voice-chips';
import { WritingHelp } from './writing-help';
import { t, tn } from '@/shared/i18n';

/** What is kept of the editor between popup openings. */
export interface ComposerDraft {
  text: string;
  appendLink: boolean;
  tagLink: boolean;
  /** Where this exact post has gone already; any edit clears it. */
  sharedTo?: ShareChannel[];
}

export interface ComposerProps {
  item: ItemView;
  guidelines: Guidelines;
  utm: Utm;
  sourceName: string;
  initialDraft: ComposerDraft | null;
  voice: VoiceSettings;
  /** How many times the employee already shared this item. */
  sharedCount: number;
  onDraftChange: (draft: ComposerDraft) => void;
  onDiscard: () => void;
  onShare: (request: ShareRequest) => Promise<ShareOutcome>;
  /**
   * The networks sharing may go to here (of those the item allows), with how each counts a post
   * and opens its composer: `allNetworks()` on extension pages, `LINKEDIN_ONLY` in the overlay.
   */
  networks: NetworkRuleSet;
  /** Button texts per channel, e.g. "Put in LinkedIn post" in the overlay. */
  shareLabels?: Partial<Record<ShareChannel, string>>;
  /** What a channel's done mark says, e.g. "Put in LinkedIn's post box" in the overlay. */
  doneLabels?: Partial<Record<ShareChannel, string>>;
  /**
   * A "Remind me" control (the popup's `RemindMe`), shown under the share bar. Passed in rather
   * than imported, so the LinkedIn overlay, which offers none, does not carry it.
   */
  remindMe?: ReactNode;
}

/** Write the post in your own words: help beside the editor, checks as you type, you press Post. */
export function Composer(props: ComposerProps) {
  const {
    item,
    guidelines,
    utm,
    sourceName,
    voice,
    sharedCount,
    onDraftChange,
    onDiscard,
    onShare,
    shareLabels,
    networks,
  } = props;
  const link = safeHttpUrl(item.url) ?? safeHttpUrl(item.externalUrl);
  const [draft, setDraft] = useState<ComposerDraft>(
    () => props.initialDraft ?? { text: '', appendLink: link !== undefined, tagLink: true },
  );
  const [busy, setBusy] = useState(false);
  // The draft just discarded, for "Undo".
  const [discarded, setDiscarded] = useState<ComposerDraft | null>(null);
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  // Checks follow the text a beat behind on slow machines; typing itself never waits for them.
  const text = useDeferredValue(draft.text);

  const meter = useMemo(
    () =>
      createOwnWordsMeter(
        [item.title, item.summary, item.contentText, ...item.suggestions.map((s) => s.text)].filter(
          (s): s is string => Boolean(s),
        ),
      ),
    [item],
  );
  const checker = useMemo(() => createGuidelineChecker(guidelines), [guidelines]);
  const targets = useMemo(
    () => shareTargetsFor(item.networks).filter((n) => networks[n] !== undefined),
    [item.networks, networks],
  );
  const ownWords = useMemo(() => meter(text), [meter, text]);
  const findings = useMemo(() => checker(text), [checker, text]);

  const textFor = (channel: ShareChannel): string => {
    if (!link || !draft.appendLink) return finalPostText({ text, appendLink: false });
    const params =
      channel === 'clipboard'
        ? { ...utmFor('linkedin', utm, item.campaign), source: utm.source ?? 'copied' }
        : utmFor(channel, utm, item.campaign);
    return finalPostText({ text, link: draft.tagLink ? withUtm(link, params) : link, appendLink: true });
  };
  const lengths = targets.map((network) => ({
    network,
    length: networks[network]!.length(textFor(network)),
  }));
  const overLimit = new Set<Network>(lengths.filter((l) => l.length.over).map((l) => l.network));

  const blockers: string[] = [];
  if (draft.text.trim() === '') blockers.push(t('composer.writeFirst'));
  else {
    if (findings.some((f) => f.severity === 'error')) blockers.push(t('composer.fixGuidelines'));
    if (!meetsMinimum(ownWords, guidelines.minOwnWords)) {
      blockers.push(
        t('composer.belowMinimum', {
          source: sourceName,
          min: Math.round(guidelines.minOwnWords * 100),
          percent: Math.round(ownWords.ratio * 100),
        }),
      );
    }
  }

  // An edit makes a new post: where the old one went no longer says anything about it.
  function update(next: Partial<ComposerDraft>) {
    setOutcome(null);
    setDiscarded(null);
    setDraft((current) => {
      const merged = { ...current, ...next, sharedTo: undefined };
      onDraftChange(merged);
      return merged;
    });
  }

  function replaceDraft(next: ComposerDraft) {
    setDraft(next);
    onDraftChange(next);
  }

  function insert(snippet: string) {
    const el = editor.current;
    const at = el && document.activeElement === el ? el.selectionStart : draft.text.length;
    const { text: next, caret } = insertAt(draft.text, at, snippet);
    update({ text: next });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(caret, caret);
    });
  }

  function showRange(range: { start: number; end: number }) {
    editor.current?.focus();
    editor.current?.setSelectionRange(range.start, range.end);
  }

  function share(channel: ShareChannel) {
    const finalText = textFor(channel);
    let intent: ShareRequest['intent'];
    if (channel !== 'clipboard') {
      const built = networks[channel]!.intent({
        text: finalText,
        link,
        mastodonInstance: voice.mastodonInstance,
      });
      if ('error' in built) {
        setOutcome({ ok: false, reason: built.error });
        return;
      }
      intent = built;
    }
    setBusy(true);
    // The post stays, so it can go to another network or be copied. Marked before the page
    // carries it out: opening a network's tab closes the popup before any answer comes back.
    const before = draft;
    replaceDraft({ ...draft, sharedTo: [...new Set([...(draft.sharedTo ?? []), channel])] });
    onShare({ channel, text: finalText, ownWords: ownWords.ratio, intent }).then(
      (result) => {
        setBusy(false);
        setOutcome(result);
        if (!result.ok) replaceDraft(before);
      },
      () => {
        setBusy(false);
        setOutcome({ ok: false, reason: t('composer.shareFailed') });
        replaceDraft(before);
      },
    );
  }

  return (
    <section className="composer" aria-labelledby="composer-heading">
      <WritingHelp
        sourceName={sourceName}
        prompts={item.prompts}
        suggestions={item.suggestions}
        onStartFrom={(s) => update({ text: draft.text.trim() === '' ? s : `${draft.text}\n\n${s}` })}
      />
      <h3 id="composer-heading">{t('composer.heading')}</h3>
      {sharedCount > 0 && <p className="hint">{tn('composer.sharedBefore', sharedCount)}</p>}
      <textarea
        ref={editor}
        className="editor"
        dir="auto"
        rows={7}
        value={draft.text}
        aria-label={t('composer.editorLabel')}
        placeholder={t('composer.placeholder')}
        onChange={(e) => update({ text: e.target.value })}
      />
      <VoiceChips
        hashtags={[...new Set([...item.hashtags, ...voice.favoriteHashtags])]}
        signOff={voice.signOff}
        text={draft.text}
        onInsert={insert}
      />
      {link && (
        <div className="link-options">
          <label className="check">
            <input
              type="checkbox"
              checked={draft.appendLink}
              onChange={(e) => update({ appendLink: e.target.checked })}
            />
            {t('composer.appendLink')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.tagLink}
              disabled={!draft.appendLink}
              onChange={(e) => update({ tagLink: e.target.checked })}
            />
            {t('composer.tagLink')}
          </label>
        </div>
      )}
      <OwnWordsMeter result={ownWords} minOwnWords={guidelines.minOwnWords} />
      <GuidelineList
        findings={findings}
        guidelines={guidelines}
        sourceName={sourceName}
        onShowRange={showRange}
        onAddDisclosure={() =>
          guidelines.disclosure && update({ text: addDisclosure(draft.text, guidelines.disclosure.text) })
        }
      />
      <LengthList
        lengths={lengths}
        linkedinText={targets.includes('linkedin') ? textFor('linkedin') : undefined}
      />
      <ShareBar
        targets={targets}
        blockers={blockers}
        overLimit={overLimit}
        busy={busy}
        labels={shareLabels}
        sharedTo={draft.sharedTo}
        doneLabels={props.doneLabels}
        onShare={share}
      />
      {props.remindMe}
      {outcome && (
        <p className={outcome.ok ? 'share-ok' : 'field-error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.ok ? outcome.message : outcome.reason}
        </p>
      )}
      <DiscardDraft
        hasText={draft.text !== ''}
        canUndo={discarded !== null}
        onDiscard={() => {
          setDiscarded(draft);
          setDraft({ text: '', appendLink: link !== undefined, tagLink: true });
          setOutcome(null);
          onDiscard();
        }}
        onUndo={() => {
          if (discarded) replaceDraft(discarded);
          setDiscarded(null);
        }}
      />
    </section>
  );
}
