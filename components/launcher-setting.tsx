import { useId } from 'react';
import { t } from '@/shared/i18n';

export interface LauncherSettingProps {
  /** Undefined while the current state is being read. */
  enabled: boolean | undefined;
  error: string | null;
  onChange: (enabled: boolean) => void;
}

/** Opt-in: a small Ownvoice button on LinkedIn pages, at the price of a permission for linkedin.com. */
export function LauncherSetting({ enabled, error, onChange }: LauncherSettingProps) {
  const hint = useId();
  return (
    <div className="launcher-setting">
      <label className="check">
        <input
          type="checkbox"
          checked={enabled === true}
          disabled={enabled === undefined}
          aria-describedby={hint}
          onChange={(e) => onChange(e.target.checked)}
        />
        {t('launcher.label')}
      </label>
      <p className="hint" id={hint}>
        {t('launcher.hint')}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
