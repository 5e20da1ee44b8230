import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging';
import { LINKEDIN_MATCH, launcherEnabled } from './overlay';
import { t } from '../i18n';

export { launcherEnabled };

/**
 * Turns the launcher on or off from a settings page. Call straight from the change handler: the
 * permission prompt needs the user gesture. Resolves to a reason when it could not be done.
 */
export function setLauncherFromPage(enabled: boolean): Promise<string | null> {
  if (enabled) {
    return browser.permissions.request({ origins: [LINKEDIN_MATCH] }).then(async (granted) => {
      if (!granted) return t('launcher.needsPermission');
      const answer = await sendToBackground({ type: 'launcher/set', enabled: true });
      return answer.ok ? null : answer.reason;
    });
  }
  return sendToBackground({ type: 'launcher/set', enabled: false }).then(async (answer) => {
    if (!answer.ok) return answer.reason;
    await browser.permissions.remove({ origins: [LINKEDIN_MATCH] }).catch(() => false);
    return null;
  });
}
