import { useId, useMemo, useState } from 'react';
import { reportCsv, reportMailto, reportText, type Report } from '@/shared/history/report';
import { shortDate } from './history-labels';
import { t } from '@/shared/i18n';

export interface ReportPanelProps {
  /** `yyyy-mm-dd` from the date inputs. */
  fromDay: string;
  toDay: string;
  /** Undefined while it is being read. */
  report: Report | undefined;
  onPeriodChange: (fromDay: string, toDay: string) => void;
  onCopy: (text: string) => Promise<void>;
  onSave: (fileName: string, content: string, type: string) => void;
  /** Where "Email it to your organizer" writes: the address the employee's feed gives, if one. */
  organizerEmail?: string;
}

/**
 * "My report": a summary the employee may pass on. It is shown here first; nothing goes anywhere
 * unless they copy it, save it, or open their own mail program with it.
 */
export function ReportPanel({
  fromDay,
  toDay,
  report,
  onPeriodChange,
  onCopy,
  onSave,
  organizerEmail,
}: ReportPanelProps) {
  const ids = { from: useId(), to: useId(), format: useId() };
  const [format, setFormat] = useState<'text' | 'csv'>('text');
  const [message, setMessage] = useState<string | null>(null);
  const content = useMemo(
    () => (report ? (format === 'text' ? reportText(report, shortDate) : reportCsv(report)) : ''),
    [report, format],
  );
  const fileName = `ownvoice-report-${fromDay}-to-${toDay}.${format === 'text' ? 'txt' : 'csv'}`;
  return (
    <div className="report">
      <div className="filters">
        <div className="filter">
          <label htmlFor={ids.from}>{t('common.from')}</label>
          <input
            id={ids.from}
            type="date"
            value={fromDay}
            onChange={(e) => e.target.value && onPeriodChange(e.target.value, toDay)}
          />
        </div>
        <div className="filter">
          <label htmlFor={ids.to}>{t('common.to')}</label>
          <input
            id={ids.to}
            type="date"
            value={toDay}
            onChange={(e) => e.target.value && onPeriodChange(fromDay, e.target.value)}
          />
        </div>
        <div className="filter">
          <label htmlFor={ids.format}>{t('report.format')}</label>
          <select
            id={ids.format}
            value={format}
            onChange={(e) => setFormat(e.target.value as 'text' | 'csv')}
          >
            <option value="text">{t('report.text')}</option>
            <option value="csv">CSV</option>
          </select>
        </div>
      </div>
      <textarea
        className="report-preview"
        readOnly
        value={content}
        rows={12}
        aria-label={t('report.label')}
      />
      <div className="report-actions">
        <button
          type="button"
          disabled={!report}
          onClick={() =>
            onCopy(content).then(
              () => setMessage(t('report.copied')),
              () => setMessage(t('report.copyFailed')),
            )
          }
        >
          {t('report.copy')}
        </button>
        <button
          type="button"
          disabled={!report}
          onClick={() => onSave(fileName, content, format === 'text' ? 'text/plain' : 'text/csv')}
        >
          {t('report.save')}
        </button>
        {report && format === 'text' && (
          <a className="button-link" href={reportMailto(content, undefined, undefined, organizerEmail)}>
            {t('report.email')}
          </a>
        )}
        {message && (
          <span role="status" className="hint">
            {message}
          </span>
        )}
      </div>
      <p className="hint">{t('report.hint')}</p>
    </div>
  );
}
