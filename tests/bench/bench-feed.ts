/** A feed of `count` items; `version` changes the titles, so each version is new content. */
export function feedWith(count: number, version = 0): object {
  const day = 86_400_000;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Bench feed',
    items: Array.from({ length: count }, (_, i) => ({
      id: `item-${i}`,
      url: `https://bench.example/posts/${i}`,
      title: `Post number ${i}: what we shipped this week (v${version})`,
      summary: 'A short summary of the news that an employee might want to share in their own words.',
      date_published: new Date(Date.UTC(2026, 10, 20) - i * day).toISOString(),
      tags: [`tag-${i % 12}`],
    })),
  };
}
