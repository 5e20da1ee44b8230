import { createContext, useContext, useId, useState, type ReactNode } from 'react';
import type { FieldPath } from '@/shared/feed/studio/edit';
import { t } from '@/shared/i18n';

/** How a field reads and writes the document and finds its errors, given its path in the feed. */
export interface StudioFieldAccess {
  get: (path: FieldPath) => unknown;
  set: (path: FieldPath, value: unknown) => void;
  /** The organizer left the field: its problems show from now on (as they do once it is typed in). */
  touch: (path: FieldPath) => void;
  /** The field's problems that are shown, in the form's own words. */
  errors: (path: FieldPath) => string[];
}

export const StudioFieldsContext = createContext<StudioFieldAccess | null>(null);

export function useStudioFields(): StudioFieldAccess {
  const access = useContext(StudioFieldsContext);
  if (!access) throw new Error('A studio field needs a StudioFieldsContext');
  return access;
}

interface FieldProps {
  path: FieldPath;
  label: string;
  hint?: string;
}

function FieldShell({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors: string[];
  children: ReactNode;
}) {
  return (
    <div className={errors.length > 0 ? 'studio-field has-error' : 'studio-field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <ul className="studio-errors" id={`${id}-errors`}>
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function described(id: string, hint: string | undefined, errors: string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-errors` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function TextField({
  path,
  label,
  hint,
  multiline = false,
  type = 'text',
  placeholder,
}: FieldProps & { multiline?: boolean; type?: 'text' | 'url' | 'email'; placeholder?: string }) {
  const id = useId();
  const fields = useStudioFields();
  const value = fields.get(path);
  const errors = fields.errors(path);
  const common = {
    id,
    value: typeof value === 'string' ? value : '',
    placeholder,
    dir: 'auto',
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': described(id, hint, errors),
    onBlur: () => fields.touch(path),
  } as const;
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => fields.set(path, e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          spellCheck={type === 'text'}
          onChange={(e) => fields.set(path, e.target.value)}
        />
      )}
    </FieldShell>
  );
}

/** A list as one entry per line; the text is kept as typed, the list without empty lines. */
export function ListField({ path, label, hint }: FieldProps) {
  const id = useId();
  const fields = useStudioFields();
  const value = fields.get(path);
  const list = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const [text, setText] = useState(list.join('\n'));
  // Another source (an import, an undo) replaced the list: show that one.
  const typed = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const shown = typed.join('\n') === list.join('\n') ? text : list.join('\n');
  const errors = [...fields.errors(path), ...list.flatMap((_, i) => fields.errors([...path, i]))];
  return (
    <FieldShell id={id} label={label} hint={hint ?? t('studio.onePerLine')} errors={errors}>
      <textarea
        id={id}
        dir="auto"
        rows={Math.min(6, Math.max(2, list.length + 1))}
        value={shown}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={described(id, hint ?? t('studio.onePerLine'), errors)}
        onBlur={() => fields.touch(path)}
        onChange={(e) => {
          setText(e.target.value);
          const next = e.target.value
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean);
          fields.set(path, next);
        }}
      />
    </FieldShell>
  );
}

/** A whole number or a decimal; empty removes the field. Text that is no number stays visible as an error. */
export function NumberField({ path, label, hint, step = 1 }: FieldProps & { step?: number }) {
  const id = useId();
  const fields = useStudioFields();
  const value = fields.get(path);
  const errors = fields.errors(path);
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <input
        id={id}
        type="number"
        step={step}
        value={typeof value === 'number' ? String(value) : ''}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={described(id, hint, errors)}
        onBlur={() => fields.touch(path)}
        onChange={(e) => fields.set(path, e.target.value === '' ? undefined : Number(e.target.value))}
      />
    </FieldShell>
  );
}
