import { buildAll, type Variant } from '../../e2e/support/global-setup';
import {
  FIREFOX_BUILD_DIR,
  FIREFOX_E2E_BUILD_DIR,
  FIREFOX_E2E_OUT_DIR_NAME,
} from '../../e2e/support/constants';

/**
 * The Firefox suite's builds: the package the store receives (`wxt build -b firefox`, Manifest V2,
 * no host permission at install), and the same with www.linkedin.com granted at install so the
 * panel can be put into LinkedIn fixture pages without the toolbar click a headless browser lacks.
 */
const FIREFOX_VARIANTS: readonly Variant[] = [
  { name: 'firefox', env: {}, outDir: FIREFOX_BUILD_DIR, browser: 'firefox' },
  {
    name: 'firefox e2e',
    env: { OWNVOICE_OUT_DIR: FIREFOX_E2E_OUT_DIR_NAME, OWNVOICE_TEST_LINKEDIN: '1' },
    outDir: FIREFOX_E2E_BUILD_DIR,
    browser: 'firefox',
  },
];

export default async function setup(): Promise<void> {
  await buildAll(FIREFOX_VARIANTS);
}
