import type { PolicyProblem } from '@/shared/platform/managed';
import { t } from '@/shared/i18n';

/**
 * Names each value of the IT policy Ownvoice could not read, and what it did instead (issue 23):
 * an employee who sees "Add feed" gone, or a feed missing, can tell IT exactly what to fix.
 */
export function PolicyProblems({ problems }: { problems: readonly PolicyProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="banner-error" role="status">
      <p>{t('options.policyMalformed')}</p>
      <ul>
        {problems.map(({ setting, value }) => (
          <li key={setting}>
            {setting === 'allowUserFeeds'
              ? t('options.policyAllowUserFeeds', { value })
              : t('options.policyEntry', { setting, value })}
          </li>
        ))}
      </ul>
    </div>
  );
}
