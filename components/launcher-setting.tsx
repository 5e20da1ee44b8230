import { useId } from 'react';

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
        Show the Ownvoice button on LinkedIn
      </label>
      <p className="hint" id={hint}>
        Off by default. When on, your browser asks to let Ownvoice read and change www.linkedin.com, and a
        small button appears at the edge of LinkedIn pages. Without it, open Ownvoice on LinkedIn from the
        toolbar popup, with Alt+Shift+O, or from the right-click menu: nothing of Ownvoice runs there until
        you do.
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
