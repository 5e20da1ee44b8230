import { useId } from 'react';
import { format } from 'date-fns';
import { useStudioFields } from './studio-fields';
import type { FieldPath } from '@/shared/feed/studio/edit';

/** A yes/no field; `whenAbsent` is what the format assumes when the field is left out. */
export function CheckField({
  path,
  label,
  whenAbsent,
}: {
  path: FieldPath;
  label: string;
  whenAbsent: boolean;
}) {
  const id = useId();
  const fields = useStudioFields();
  const value = fields.get(path);
  const checked = typeof value === 'boolean' ? value : whenAbsent;
  return (
    <div className="studio-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => fields.set(path, e.target.checked === whenAbsent ? undefined : e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Some of a fixed set (roles, networks); none means the format's default. */
export function ChoicesField<T extends string>({
  path,
  legend,
  hint,
  options,
}: {
  path: FieldPath;
  legend: string;
  hint: string;
  options: readonly { value: T; label: string }[];
}) {
  const id = useId();
  const fields = useStudioFields();
  const value = fields.get(path);
  const chosen = Array.isArray(value) ? (value as unknown[]) : [];
  const errors = fields.errors(path);
  return (
    <fieldset className="studio-choices" aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="studio-check">
          <input
            type="checkbox"
            checked={chosen.includes(option.value)}
            onChange={(e) => {
              const rest = chosen.filter((v) => v !== option.value);
              fields.set(path, e.target.checked ? [...rest, option.value] : rest);
            }}
          />
          {option.label}
        </label>
      ))}
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {errors.length > 0 && (
        <ul className="studio-errors">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** A moment, picked in the organizer's time zone and written as RFC 3339 in UTC. */
export function DateField({ path, label, hint }: { path: FieldPath; label: string; hint?: string }) {
  const id = useId();
  const fields = useStudioFields();
  const value = fields.get(path);
  const errors = fields.errors(path);
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return (
    <div className={errors.length > 0 ? 'studio-field has-error' : 'studio-field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="datetime-local"
        value={Number.isFinite(ms) ? format(ms, "yyyy-MM-dd'T'HH:mm") : ''}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={errors.length > 0 ? `${id}-errors` : hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const picked = e.target.value === '' ? NaN : new Date(e.target.value).getTime();
          fields.set(
            path,
            Number.isFinite(picked) ? new Date(picked).toISOString().replace('.000Z', 'Z') : undefined,
          );
        }}
      />
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
