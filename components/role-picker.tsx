import { ROLES, type Role } from '@/shared/feed/types';
import { ROLE_LABELS } from './feed-view';

export interface RolePickerProps {
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
}

const EXPLANATIONS: Record<Role, string> = {
  expert: 'You know the subject and can add a first-hand, technical angle.',
  promoter: 'You like passing good news on to your network: launches, wins, openings.',
  organizer: 'You bring people together: events, meetups, communities, hiring.',
};

/** Items meant for the picked roles are listed first. None picked: no preference. */
export function RolePicker({ value, onChange }: RolePickerProps) {
  return (
    <fieldset className="picker">
      <legend>Which of these sound like you?</legend>
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
            <strong>{ROLE_LABELS[role]}</strong> — {EXPLANATIONS[role]}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
