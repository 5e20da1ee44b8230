import { useId } from 'react';

export interface FilterChoice {
  value: string;
  label: string;
}

export interface FilterSelectProps {
  label: string;
  /** The first option, which means "no filter". */
  all: string;
  value: string | undefined;
  choices: FilterChoice[];
  onChange: (value: string | undefined) => void;
  /** Leave out a menu with fewer than two choices (it narrows nothing), unless it is active. */
  hideWhenSingle?: boolean;
}

/** One labelled `<select>` of the popup's and the history page's filters. */
export function FilterSelect({ label, all, value, choices, onChange, hideWhenSingle }: FilterSelectProps) {
  const id = useId();
  if (hideWhenSingle && choices.length < 2 && value === undefined) return null;
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{all}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
