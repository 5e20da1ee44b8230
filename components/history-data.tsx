import { useId, useState } from 'react';

export interface HistoryDataProps {
  count: number;
  onExportJson: () => void;
  onExportCsv: () => void;
  /** Resolves to what to tell the employee (how many were added, or why nothing was). */
  onImport: (file: File) => Promise<{ ok: boolean; message: string }>;
  onErase: () => Promise<void>;
}

/** The employee's own data: take it with them, bring it back, or erase it. */
export function HistoryData({ count, onExportJson, onExportCsv, onImport, onErase }: HistoryDataProps) {
  const fileId = useId();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <div className="history-data">
      <section aria-labelledby="export-title">
        <h3 id="export-title">Export</h3>
        <p className="hint">
          JSON keeps every detail and can be imported again; CSV opens in a spreadsheet. Both are saved on
          this computer.
        </p>
        <button type="button" onClick={onExportJson} disabled={count === 0}>
          Export as JSON
        </button>{' '}
        <button type="button" onClick={onExportCsv} disabled={count === 0}>
          Export as CSV
        </button>
      </section>
      <section aria-labelledby="import-title">
        <h3 id="import-title">Import</h3>
        <label htmlFor={fileId}>Import a JSON export</label>{' '}
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
                setResult({ ok: false, message: "Couldn't read that file. Nothing was imported." });
              },
            );
          }}
        />
        <p className="hint">Entries already in your history are kept as they are; nothing is deleted.</p>
        {busy && <p role="status">Importing…</p>}
        {result && (
          <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'share-ok' : 'field-error'}>
            {result.message}
          </p>
        )}
      </section>
      <section aria-labelledby="erase-title">
        <h3 id="erase-title">Erase</h3>
        {confirming ? (
          <div role="alertdialog" aria-labelledby="erase-question">
            <p id="erase-question">
              Erase all {count} {count === 1 ? 'entry' : 'entries'} from this computer? This cannot be undone;
              export first if you want to keep a copy.
            </p>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirming(false);
                onErase().then(
                  () => setResult({ ok: true, message: 'Your history is erased.' }),
                  () => setResult({ ok: false, message: "Couldn't erase the history. Try again." }),
                );
              }}
            >
              Erase everything
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)} disabled={count === 0}>
            Erase my history…
          </button>
        )}
      </section>
    </div>
  );
}
