import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { DEMO_FEED_FILE, presetFeedsFromEnv, originPatternsFor } from './shared/feed/preset-env';
import { editionSlug, geckoIdFromEnv } from './shared/edition';

// A build may be pre-subscribed to feeds (company editions, e2e tests, `npm start`):
// OWNVOICE_FEEDS="https://a.example/feed.json,demo". Their origins become install-time host
// permissions of that build only; the plain build asks for each feed's origin at runtime.
const presetFeeds = presetFeedsFromEnv(process.env.OWNVOICE_FEEDS);
const presetOrigins = originPatternsFor(presetFeeds);
// Firefox's add-on id: a company edition's own (OWNVOICE_GECKO_ID, else derived from OWNVOICE_NAME).
const geckoId = geckoIdFromEnv(process.env);

// Origins a feed may live on (FEED-FORMAT.md, "Transport"): any https host, plain http on loopback only.
// Not http://[::1]: a CSP source cannot name an IPv6 address (Chromium logs "contains an invalid
// source" and ignores it), so connect-src below could never let the extension reach it; offering
// the origin would promise a feed that always fails (issue 23). checkFeedUrl says to use 127.0.0.1.
// The two lists must agree: tests/e2e/csp-origins.e2e.ts checks every origin against connect-src.
const FEED_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

// activeTab + scripting: the LinkedIn overlay is injected into one tab when the employee asks
// (popup, shortcut, context menu); nothing is declared for linkedin.com.
const PERMISSIONS = ['storage', 'alarms', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'];

// E2E builds only: lets the test inject the overlay into fixture pages served as linkedin.com,
// since headless Chromium has no toolbar button to grant activeTab with.
const testOrigins = process.env.OWNVOICE_TEST_LINKEDIN === '1' ? ['https://www.linkedin.com/*'] : [];
const installOrigins = [...presetOrigins, ...testOrigins];

// MV3's default policy plus connect-src: the extension may connect only where a feed may live.
// A browser hides a redirect's target from the extension, so this is what refuses a hop to plain
// http (or any other scheme) before the browser sends it (shared/feed/fetch-feed.ts). `wxt dev`
// adds its reload socket.
function contentSecurityPolicy(command: string): string {
  const connect = ["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*'];
  if (command === 'serve') connect.push('ws://localhost:*', 'http://localhost:*');
  return `script-src 'self'; object-src 'self'; connect-src ${connect.join(' ')}`;
}
// The popup opens many times a day and each file it loads is a request before its first paint.
// Left alone, Rolldown gives each set of pages that share modules its own chunk (11 scripts for
// the popup once the studio shared its components). This puts every module of the popup's static
// graph that another chunk also uses into one chunk, so the popup loads its own entry, that chunk
// and Rolldown's runtime helpers. Other pages load that chunk whole (some code they do not run).
// The entry modules and style sheets stay out: a page must not run the popup's main or get its CSS.
function popupSharedChunk(popupHtml: string) {
  const inPopup = new Set<string>();
  type Info = { importedIds: readonly string[] } | null;
  const plugin = {
    name: 'ownvoice:popup-graph',
    // After the module graph is complete and before chunking, which asks `test` below.
    buildEnd(this: { getModuleInfo: (id: string) => Info }) {
      inPopup.clear();
      const queue = [popupHtml];
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (inPopup.has(id)) continue;
        inPopup.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  const group = {
    name: 'popup-shared',
    test: (id: string) => inPopup.has(id) && !id.endsWith('.css'),
    // Modules only the popup uses stay in its entry chunk, out of the other pages' way.
    minShareCount: 2,
  };
  return { plugin, group };
}
const STATIC_BENCH_PAGE =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Static</title>' +
  '<ul aria-label="Items"><li><button class="card">A static card</button></li></ul></html>';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // Translations live with the other assets (the project's top level is fixed); the module turns
  // them into public `_locales/<lang>/messages.json` and a typed `i18n.t` (#i18n).
  i18n: { localesDir: resolve('assets/locales') },
  outDirTemplate: process.env.OWNVOICE_OUT_DIR ?? '{{browser}}-mv{{manifestVersion}}',
  manifest: ({ browser, manifestVersion, command }) => ({
    // A company edition's name (OWNVOICE_NAME) is one name in every language; otherwise the
    // browser picks the name and description from assets/locales in its UI language.
    name: process.env.OWNVOICE_NAME ?? '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: PERMISSIONS,
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: contentSecurityPolicy(command) }
        : contentSecurityPolicy(command),
    ...(manifestVersion === 3
      ? {
          optional_host_permissions: FEED_ORIGINS,
          // "Remind me" and new-item notifications: asked for at first use, never at install.
          optional_permissions: ['notifications'],
          ...(installOrigins.length ? { host_permissions: installOrigins } : {}),
        }
      : {
          optional_permissions: [...FEED_ORIGINS, 'notifications'],
          permissions: [...PERMISSIONS, ...installOrigins],
        }),
    // The LinkedIn panel is this page, framed by the page script. Chromium serves it only at a
    // per-session random address (use_dynamic_url), so linkedin.com cannot probe the extension's
    // id for it. Firefox's moz-extension address is already a per-install random UUID.
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['panel.html'], matches: ['https://www.linkedin.com/*'], use_dynamic_url: true }]
        : ['panel.html'],
    commands: {
      'open-overlay': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_commandOpenOverlay__',
      },
    },
    // Chromium reads IT policy through this schema; Firefox takes policy from enterprise
    // policies (policies.json, "3rdparty") and warns about the key, so it is Chromium-only.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: geckoId, strict_min_version: '115.0' } } }
      : {
          storage: { managed_schema: 'managed-schema.json' },
          // Test builds only (the policy e2e): a fixed key gives a known id, which a policy names.
          ...(process.env.OWNVOICE_MANIFEST_KEY ? { key: process.env.OWNVOICE_MANIFEST_KEY } : {}),
        }),
  }),
  // `npm run zip`: store packages for Chrome and Firefox, plus the sources zip Mozilla's review
  // asks for. A company edition's packages carry its name (acme-share-0.1.0-chrome.zip). The
  // sources zip is an allowlist of the project's own files, enough to rebuild with
  // `npm install && npm run zip`: no tests, builds, caches, dependencies or stray local files.
  zip: {
    ...(process.env.OWNVOICE_NAME ? { name: editionSlug(process.env.OWNVOICE_NAME) } : {}),
    includeSources: [
      'assets/**',
      'components/**',
      'entrypoints/**',
      'public/**',
      'shared/**',
      'storage/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'LICENSE*',
    ],
    excludeSources: ['**/*.log', '**/.DS_Store'],
  },
  hooks: {
    // Only the build of the extension pages: the background and the overlay are single files.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.name === 'popup')) return;
      const { plugin, group } = popupSharedChunk(resolve('entrypoints/popup/index.html'));
      config.plugins = [...(config.plugins ?? []), plugin];
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) throw new Error('WXT no longer sets one output for its pages');
      output.codeSplitting = { groups: [group] };
    },
    // WXT reads an entrypoint named "history" as a replacement for the browser's own History
    // page. "My history" is an ordinary extension page; Chrome's history must stay Chrome's.
    'build:manifestGenerated': (_wxt, manifest) => {
      delete manifest.chrome_url_overrides;
    },
    // The demo feed is packaged as a file of its own (fetched by the background like any feed)
    // rather than imported, which would inline it into the service worker's bundle.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: DEMO_FEED_FILE, absoluteSrc: resolve('assets/demo-feed.json') });
      // Test builds only: a script-free page with one card, the floor popup_ready_ms is compared to.
      if (testOrigins.length) files.push({ relativeDest: 'bench-static.html', contents: STATIC_BENCH_PAGE });
    },
  },
  vite: () => ({
    define: {
      __OWNVOICE_PRESET_FEEDS__: JSON.stringify(presetFeeds),
    },
    // OWNVOICE_SOURCEMAP=1: source maps, to attribute each bundle's bytes to the modules in it.
    ...(process.env.OWNVOICE_SOURCEMAP === '1' ? { build: { sourcemap: true } } : {}),
  }),
});
