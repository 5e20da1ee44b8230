// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { editionSlug, geckoIdFromEnv } from '@/shared/edition';

describe('the gecko id of a build', () => {
  it.each([
    [{}, 'ownvoice@ownvoice.app'],
    [{ OWNVOICE_NAME: 'Acme Share' }, 'acme-share.edition@ownvoice.app'],
    [{ OWNVOICE_NAME: 'Acme Share', OWNVOICE_GECKO_ID: 'share@acme.com' }, 'share@acme.com'],
    [
      { OWNVOICE_GECKO_ID: '{6f1d8a2c-3b4e-4f5a-9c8d-7e6f5a4b3c2d}' },
      '{6f1d8a2c-3b4e-4f5a-9c8d-7e6f5a4b3c2d}',
    ],
    [{ OWNVOICE_GECKO_ID: ' ', OWNVOICE_NAME: 'Zażółć Co.' }, 'za-co.edition@ownvoice.app'],
  ])('%o → %s', (env, id) => {
    expect(geckoIdFromEnv(env)).toBe(id);
  });

  it.each(['acme share', 'share@acme com', '{not-a-guid}', 'no-at-sign'])(
    'refuses OWNVOICE_GECKO_ID=%s',
    (id) => {
      expect(() => geckoIdFromEnv({ OWNVOICE_GECKO_ID: id })).toThrow(/not a Firefox add-on id/);
    },
  );

  it('slugs a name for zips and ids', () => {
    expect(editionSlug('  Acme  Share!  ')).toBe('acme-share');
    expect(editionSlug('***')).toBe('ownvoice');
  });
});
