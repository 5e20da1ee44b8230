import { ROLES, type Role } from '@/shared/feed/types';
import { ROLE_LABELS } from './feed-view';
import { t } from '@/shared/i18n';

export interface RolePickerProps {
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
}

const EXPLANATIONS: Record<Role, () => string> = {
  expert: () => t('roles.expertHint'),
  promoter: () => t('roles.promoterHint'),
  organizer: () => t('roles.organizerHint'),
};

/** Items meant for the picked roles are listed first. None picked: no preference. */
export function RolePicker({ value, onChange }: RolePickerProps) {
  return (
    <fieldset className="picker">
      <legend>{t('roles.legend')}</legend>
      {ROLES.map((role) => (
        <label key={role} className="check">
          <input
            type="checkbox"
            checked={value.includes(role)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? ROLES.filter((r) => r === role || value.includes(r))
                  : value.filter((r) => r !== role),
              )
            }
          />
          <span>
            <strong>{ROLE_LABELS[role]}</strong> — {EXPLANATIONS[role]()}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
