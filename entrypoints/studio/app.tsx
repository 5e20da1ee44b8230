import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { fieldProblemText } from '@/shared/feed/field-text';
import { useStore } from 'zustand';
import { FeedForm } from '@/components/studio/feed-form';
import { ItemForm } from '@/components/studio/item-form';
import { entryName, ItemListEditor } from '@/components/studio/item-list-editor';
import { StudioFieldsContext, type StudioFieldAccess } from '@/components/studio/studio-fields';
import { StudioExport } from '@/components/studio/studio-export';
import { StudioPreview } from '@/components/studio/studio-preview';
import { StudioNotices } from './studio-notices';
import { StudioStart } from '@/components/studio/studio-start';
import { checkDoc, itemsWithErrors } from '@/shared/feed/studio/check';
import { newDoc, toWire, type StudioDoc } from '@/shared/feed/studio/document';
import * as edit from '@/shared/feed/studio/edit';
import { exportFeed } from '@/shared/feed/studio/export-feed';
import { suggestionsToFix } from '@/shared/feed/studio/suggestions-to-fix';
import { formatPath, valueAt } from '@/shared/feed/issues';
import { NO_GUIDELINES } from '@/shared/share/share-about';
import { logger } from '@/shared/logger';
import { createStudioStore } from './store';
import { isShown, touchKey } from './touched';
import { useStudioImport, type ImportDeps } from './use-import';
import { t } from '@/shared/i18n';
import type { ImageLoader } from '@/shared/feed/feed-image';

/** What the page needs from the browser; tests pass fakes. */
export interface StudioDeps extends ImportDeps {
  load: () => Promise<StudioDoc | null>;
  save: (doc: StudioDoc) => Promise<void>;
  demoText: string;
  download: (fileName: string, text: string) => void;
  copy: (text: string) => Promise<boolean>;
  /** The preview's item images (shared/feed/feed-image); absent, the preview shows none. */
  loadImage?: ImageLoader;
}

export function App({ deps }: { deps: StudioDeps }) {
  const [store] = useState(createStudioStore);
  const ui = useStore(store);
  const [doc, setDoc] = useState<StudioDoc | null>(null);
  // Bumped when the whole document is replaced, so fields that keep typed text start afresh.
  const [generation, setGeneration] = useState(0);
  const loaded = useRef(false);
  const [now] = useState(() => Date.now());
  const undoButton = useRef<HTMLButtonElement>(null);
  // The deleted item's buttons are gone; the keyboard lands on Undo instead of the page's start.
  const focusUndo = useRef(false);
  useEffect(() => {
    if (focusUndo.current && ui.undo) undoButton.current?.focus();
    focusUndo.current = false;
  }, [ui.undo]);

  useEffect(() => {
    let live = true;
    deps.load().then(
      (saved) => {
        if (!live) return;
        // A draft kept from before is the organizer's own work: its problems show at once.
        store.getState().startFresh(saved !== null);
        setDoc(saved ?? newDoc());
      },
      (error: unknown) => {
        logger.error('Reading the studio draft', error);
        if (live) setDoc(newDoc());
      },
    );
    return () => {
      live = false;
    };
  }, [deps, store]);

  // Saved as the organizer goes: every change, so closing the tab loses nothing.
  useEffect(() => {
    if (!doc) return;
    if (!loaded.current) {
      loaded.current = true;
      return;
    }
    deps.save(doc).catch((error: unknown) => logger.error('Saving the studio draft', error));
  }, [doc, deps]);

  /**
   * A new starting point; the document it replaces can be had back with Undo. An imported feed's
   * problems show at once; a blank one's only as fields are touched or an export is tried.
   */
  function replace(next: StudioDoc, imported: boolean) {
    const { setUndo, select, setPreviewed, setExportStatus, startFresh } = store.getState();
    startFresh(imported);
    if (doc) setUndo({ kind: 'replaced', previous: doc });
    select(next.items[0]?.key ?? null);
    // A new feed previews as a whole: its list, until the organizer works on one item.
    setPreviewed(null);
    setExportStatus({ kind: 'idle' });
    setGeneration((n) => n + 1);
    setDoc(next);
  }
  const importer = useStudioImport(deps, (next) => replace(next, true));

  // The whole feed is checked on every change; on a long feed that may follow typing a beat behind.
  const checked = useDeferredValue(doc);
  const check = useMemo(() => (checked ? checkDoc(checked) : null), [checked]);
  const toFix = useMemo(() => (check ? suggestionsToFix(check) : []), [check]);

  const fields = useMemo<StudioFieldAccess | null>(() => {
    if (!doc || !check) return null;
    const wire = toWire(doc);
    const { touch } = store.getState();
    const shown = (path: string) => isShown(doc, ui.touched, ui.revealed, path);
    return {
      get: (path) => valueAt(wire, path),
      touch: (path) => touch(touchKey(doc, formatPath(path))),
      set: (path, value) => {
        touch(touchKey(doc, formatPath(path)));
        setDoc((current) => (current ? edit.setField(current, path, value) : current));
        store.getState().setExportStatus({ kind: 'idle' });
        const edited = path[0] === 'items' && typeof path[1] === 'number' ? doc.items[path[1]] : undefined;
        if (edited) store.getState().work(edited.key);
      },
      errors: (path) =>
        check.errors
          .filter((error) => error.path === formatPath(path) && shown(error.path))
          .map((error) => fieldProblemText(error)),
    };
  }, [doc, check, store, ui.touched, ui.revealed]);
  // Stable, so the preview (memoized) draws again only when the checked feed or its open item changes.
  const closePreview = useCallback(() => store.getState().setPreviewed(null), [store]);
  const openInPreview = useCallback(
    (id: string) => store.getState().setPreviewed({ from: 'preview', id }),
    [store],
  );

  if (!doc || !check || !fields) return <p className="hint">{t('studio.opening')}</p>;

  const selectedIndex = Math.max(
    0,
    doc.items.findIndex((entry) => entry.key === ui.selectedKey),
  );
  const selected = doc.items[selectedIndex];
  const shownErrors = check.errors.filter((error) => isShown(doc, ui.touched, ui.revealed, error.path));
  const erring = itemsWithErrors({ errors: shownErrors });
  const withErrors = new Set(doc.items.filter((_, index) => erring.has(index)).map((entry) => entry.key));
  const guidelines = check.parsed?.meta.guidelines ?? NO_GUIDELINES;
  const previewed = ui.previewed;
  const previewId =
    previewed?.from === 'form'
      ? (doc.items.find((entry) => entry.key === previewed.key)?.item.id.trim() ?? null)
      : (previewed?.id ?? null);

  function change(next: StudioDoc) {
    setDoc(next);
    ui.setExportStatus({ kind: 'idle' });
  }

  function exported(): string | null {
    if (!doc) return null;
    const result = exportFeed(doc);
    if (result.ok) return result.json;
    ui.setExportStatus({ kind: 'refused' });
    // Trying to publish is when every problem matters, touched or not.
    ui.reveal();
    return null;
  }

  return (
    <div className="studio">
      <header className="app-header">
        <h1>{t('page.studioTitle')}</h1>
        <p className="hint">{t('studio.intro')}</p>
      </header>
      <main
        className="studio-main"
        onKeyDown={(event) => {
          // The preview's opened item closes on Esc (as in the popup); Esc in the form is not for it.
          if (event.key === 'Escape') event.nativeEvent.stopPropagation();
        }}
      >
        <StudioStart
          onNew={() => replace(newDoc(), false)}
          busy={importer.busy}
          onDemo={() => importer.fromText(deps.demoText)}
          onFile={importer.fromFile}
          onText={importer.fromText}
          onUrl={importer.fromUrl}
        />
        <StudioNotices
          busy={importer.busy}
          error={importer.error}
          undo={ui.undo}
          undoRef={undoButton}
          onUndo={() => {
            const undo = ui.undo;
            if (!undo) return;
            if (undo.kind === 'deleted') {
              change(edit.restoreItem(doc, undo.removed));
              ui.work(undo.removed.entry.key);
            } else {
              setGeneration((n) => n + 1);
              change(undo.previous);
              ui.setPreviewed(null);
            }
            ui.setUndo(null);
          }}
        />
        <StudioFieldsContext.Provider value={fields}>
          <section aria-labelledby="studio-feed-title">
            <h2 id="studio-feed-title">{t('studio.feed')}</h2>
            <FeedForm key={generation} />
          </section>
          <section aria-labelledby="studio-items-title">
            <h2 id="studio-items-title">{t('studio.items')}</h2>
            <ItemListEditor
              items={doc.items}
              selectedKey={selected?.key ?? null}
              withErrors={withErrors}
              onSelect={ui.work}
              onAdd={() => {
                const next = edit.addItem(doc);
                change(next);
                const added = next.items.at(-1);
                if (added) ui.work(added.key);
              }}
              onMove={(index, by) => change(edit.moveItem(doc, index, by))}
              onDuplicate={(index) => {
                const next = edit.duplicateItem(doc, index);
                change(next);
                const copy = next.items[index + 1];
                if (copy) ui.work(copy.key);
              }}
              onDelete={(index) => {
                const entry = doc.items[index];
                const { doc: next, removed } = edit.removeItem(doc, index);
                if (!entry || !removed) return;
                focusUndo.current = true;
                ui.setUndo({ kind: 'deleted', removed, name: entryName(entry, index) });
                change(next);
              }}
              onTogglePin={(index) => {
                change(edit.togglePin(doc, index));
                const entry = doc.items[index];
                if (entry) ui.work(entry.key);
              }}
            />
            {selected && (
              <section aria-labelledby="studio-item-title" className="studio-item">
                <h3 id="studio-item-title" dir="auto">
                  {t('studio.editing', { name: entryName(selected, selectedIndex) })}
                </h3>
                <ItemForm
                  key={`${generation}-${selected.key}`}
                  index={selectedIndex}
                  guidelines={guidelines}
                />
              </section>
            )}
          </section>
          <StudioExport
            errors={shownErrors}
            unshown={check.errors.length - shownErrors.length}
            toFix={toFix}
            status={ui.exportStatus}
            onDownload={() => {
              const json = exported();
              if (json === null) return;
              deps.download('feed.json', json);
              ui.setExportStatus({ kind: 'downloaded' });
            }}
            onCopy={() => {
              const json = exported();
              if (json === null) return;
              deps.copy(json).then(
                (ok) => ui.setExportStatus({ kind: ok ? 'copied' : 'copyFailed' }),
                () => ui.setExportStatus({ kind: 'copyFailed' }),
              );
            }}
          />
        </StudioFieldsContext.Provider>
      </main>
      <StudioPreview
        feed={check.parsed}
        now={now}
        openId={previewId}
        followsForm={previewed?.from === 'form'}
        onOpen={openInPreview}
        onBack={closePreview}
        loadImage={deps.loadImage ?? null}
      />
    </div>
  );
}
