import { describe, expect, it } from 'vitest';
import { DataVersionClock, hasSessionCookie } from '../../../server/src/graphql/responseCache.js';

describe('data version clock', () => {
  it('reads the version at most once per interval, one read shared by concurrent callers', async () => {
    let reads = 0;
    const clock = new DataVersionClock(async () => ++reads, 100);
    expect(await Promise.all([clock.current(), clock.current(), clock.current()])).toEqual([1, 1, 1]);
    expect(await clock.current()).toBe(1);
    expect(reads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await clock.current()).toBe(2);
  });

  it('gives null (no caching) while the version cannot be read, and the version once it can', async () => {
    let failing = true;
    const clock = new DataVersionClock(async () => {
      if (failing) throw new Error('database away');
      return 7;
    }, 20);
    expect(await clock.current()).toBeNull();
    failing = false;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await clock.current()).toBe(7);
  });
});

describe('session cookie', () => {
  it('recognises the curation session cookie among others, and nothing else', () => {
    expect(hasSessionCookie('atlas_session=abc')).toBe(true);
    expect(hasSessionCookie('theme=dark; atlas_session=abc')).toBe(true);
    expect(hasSessionCookie('not_atlas_session=abc')).toBe(false);
    expect(hasSessionCookie('theme=dark')).toBe(false);
    expect(hasSessionCookie(undefined)).toBe(false);
  });
});
