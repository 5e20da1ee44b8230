import { useId, useState } from 'react';
import { t, tn } from '@/shared/i18n';
import { SaidText } from './said-text';

export interface HistoryDataProps {
  count: number;
  onExportJson: () => void;
  onExportCsv: () => void;
  /** Resolves to what to tell the employee (how many were added, or why nothing was). */
  onImport: (file: File) => Promise<ImportResult>;
  onErase: () => Promise<void>;
}

/** What an import came to; `detail` is the technical reason, behind "Details". */
export interface ImportResult {
  ok: boolean;
  message: string;
  detail?: string;
}

/** The employee's own data: take it with them, bring it back, or erase it. */
export function HistoryData({ count, onExportJson, onExportCsv, onImport, onErase }: HistoryDataProps) {
  const fileId = useId();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <div className="history-data">
      <section aria-labelledby="export-title">
        <h3 id="export-title">{t('data.export')}</h3>
        <p className="hint">{t('data.exportHint')}</p>
        <button type="button" onClick={onExportJson} disabled={count === 0}>
          {t('data.exportJson')}
        </button>{' '}
        <button type="button" onClick={onExportCsv} disabled={count === 0}>
          {t('data.exportCsv')}
        </button>
      </section>
      <section aria-labelledby="import-title">
        <h3 id="import-title">{t('data.import')}</h3>
        <label htmlFor={fileId}>{t('data.importLabel')}</label>{' '}
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setBusy(true);
            setResult(null);
            onImport(file).then(
              (r) => {
                setBusy(false);
                setResult(r);
              },
              () => {
                setBusy(false);
                setResult({ ok: false, message: t('data.importFailed') });
              },
            );
          }}
        />
        <p className="hint">{t('data.importHint')}</p>
        {busy && <p role="status">{t('data.importing')}</p>}
        {result && (
          <SaidText
            said={{ text: result.message, ...(result.detail ? { detail: result.detail } : {}) }}
            role={result.ok ? 'status' : 'alert'}
            className={result.ok ? 'share-ok' : 'field-error'}
          />
        )}
      </section>
      <section aria-labelledby="erase-title">
        <h3 id="erase-title">{t('data.erase')}</h3>
        {confirming ? (
          <div role="alertdialog" aria-labelledby="erase-question">
            <p id="erase-question">{tn('data.eraseConfirm', count)}</p>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirming(false);
                onErase().then(
                  () => setResult({ ok: true, message: t('data.erased') }),
                  () => setResult({ ok: false, message: t('data.eraseFailed') }),
                );
              }}
            >
              {t('data.eraseAll')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)} disabled={count === 0}>
            {t('data.eraseMenu')}
          </button>
        )}
      </section>
    </div>
  );
}
