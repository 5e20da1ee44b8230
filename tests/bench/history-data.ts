/** Generated history entries for the "My history" benchmark. */
const NETWORKS = ['linkedin', 'x', 'facebook', 'bluesky', 'mastodon', 'clipboard'];
const STATUSES = ['opened', 'copied', 'posted', 'abandoned'];
const WORDS =
  'team shipped launch customers offline mode proud sync release week data privacy hiring engineers design mobile boards forms checklists security partners office'.split(
    ' ',
  );

/** A deterministic export of `count` entries, one every ~30 minutes back from now (about three years). */
export function exportFile(count: number): string {
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const now = Date.now();
  const entries = Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 25 + Math.floor(rand() * 30) }, () => pick(WORDS));
    if (i % 97 === 0) words.push('zeppelin');
    const item = Math.floor(rand() * 2000);
    return {
      id: `bench-${i}`,
      createdAt: now - i * 1_800_000 - Math.floor(rand() * 600_000),
      feedUrl: `https://feed${item % 4}.example/feed.json`,
      itemId: `item-${item}`,
      itemTitle: `${pick(WORDS)} ${pick(WORDS)}: news item ${item}`,
      itemUrl: `https://acme.example/posts/${item}`,
      feedTitle: `Feed ${item % 4}`,
      tags: [pick(WORDS), pick(WORDS)],
      channel: pick(NETWORKS),
      text: `${words.join(' ')}. https://acme.example/posts/${item}?utm_source=linkedin`,
      ownWords: Math.round(rand() * 100) / 100,
      status: pick(STATUSES),
    };
  });
  return JSON.stringify({
    format: 'ownvoice-history',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    entries,
  });
}
