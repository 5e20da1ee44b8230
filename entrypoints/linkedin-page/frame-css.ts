/**
 * The host's closed shadow root: only the frame and the launcher button. The panel itself is an
 * extension page inside the frame, styled there. A string rather than a `?inline` CSS import:
 * WXT 0.21.4's build of unlisted scripts fails on CSS imports ("reading 'get'").
 */
export const FRAME_CSS = `
:host {
  all: initial;
}

iframe {
  position: fixed;
  z-index: 2147483646;
  top: 0;
  inset-inline-end: 0;
  width: min(400px, 100vw);
  height: 100vh;
  border: 0;
  border-inline-start: 1px solid rgba(128, 128, 128, 0.35);
  box-shadow: 0 0 24px rgba(0, 0, 0, 0.18);
  background: transparent;
  color-scheme: light dark;
}

iframe.start {
  inset-inline-end: auto;
  inset-inline-start: 0;
  border-inline-start: 0;
  border-inline-end: 1px solid rgba(128, 128, 128, 0.35);
}

.launcher {
  position: fixed;
  inset-inline-end: 0;
  top: 45%;
  z-index: 2147483645;
  padding: 8px 10px;
  border: 1px solid #c9ced8;
  border-inline-end: none;
  border-start-start-radius: 8px;
  border-end-start-radius: 8px;
  background: #2f5bd3;
  color: #fff;
  font:
    600 13px system-ui,
    -apple-system,
    'Segoe UI',
    Roboto,
    sans-serif;
  cursor: pointer;
  box-shadow: -2px 2px 8px rgba(0, 0, 0, 0.15);
}

.launcher:focus-visible {
  outline: 2px solid #1d2330;
  outline-offset: 2px;
}
`;
