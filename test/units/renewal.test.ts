import { describe, expect, it } from 'vitest';
import { DEFAULT_ROTATION_WINDOW_PERCENTAGE, REFRESH_INTERVAL_MS, formatDuration, freshness } from '../../src/domain/renewal.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = Date.parse('2025-03-01T12:00:00.000Z');
/** A leaf of the default lifetime, 24 h (FACTS §8). */
const DAY_LEAF = { notBefore: new Date(T0), notAfter: new Date(T0 + DAY) };
const at = (offsetMs: number) => new Date(T0 + offsetMs);

describe('constants', () => {
  it('the refresher runs every 10 minutes; renewal defaults to half the lifetime', () => {
    expect(REFRESH_INTERVAL_MS).toBe(10 * MINUTE);
    expect(DEFAULT_ROTATION_WINDOW_PERCENTAGE).toBe(50);
  });
});

describe('freshness, default 50 %', () => {
  const renewAt = at(12 * HOUR);

  it.each([
    ['at notBefore', 0],
    ['an hour in', HOUR],
    ['just before the renewal point', 12 * HOUR - 1],
    ['exactly at the renewal point', 12 * HOUR],
    ['5 minutes past the renewal point (the refresher may not have run yet)', 12 * HOUR + 5 * MINUTE],
    ['exactly one refresh interval past the renewal point', 12 * HOUR + REFRESH_INTERVAL_MS],
  ])('fresh %s', (_, offset) => {
    expect(freshness(DAY_LEAF, at(offset))).toEqual({ state: 'fresh', renewAt });
  });

  it.each([
    ['1 ms beyond renewal + refresh interval', 12 * HOUR + REFRESH_INTERVAL_MS + 1, REFRESH_INTERVAL_MS + 1],
    ['an hour past the renewal point', 13 * HOUR, HOUR],
    ['1 ms before notAfter', DAY - 1, 12 * HOUR - 1],
  ])('stale %s', (_, offset, overdueMs) => {
    expect(freshness(DAY_LEAF, at(offset))).toEqual({ state: 'stale', renewAt, overdueMs });
  });

  it.each([
    ['exactly at notAfter', DAY, 0],
    ['1 ms after notAfter', DAY + 1, 1],
    ['three days after notAfter', 4 * DAY, 3 * DAY],
  ])('expired %s', (_, offset, expiredMs) => {
    expect(freshness(DAY_LEAF, at(offset))).toEqual({ state: 'expired', expiredMs });
  });

  it.each([
    ['1 ms before notBefore', -1],
    ['a day before notBefore (clock skew)', -DAY],
  ])('not yet valid %s', (_, offset) => {
    expect(freshness(DAY_LEAF, at(offset))).toEqual({ state: 'not-yet-valid' });
  });

  it('passing 50 explicitly is the same as the default', () => {
    for (const offset of [0, 12 * HOUR + REFRESH_INTERVAL_MS, 12 * HOUR + REFRESH_INTERVAL_MS + 1, DAY]) {
      expect(freshness(DAY_LEAF, at(offset), 50)).toEqual(freshness(DAY_LEAF, at(offset)));
    }
  });
});

describe('freshness, configured 80 %', () => {
  // 80 % of 24 h: 19 h 12 min after notBefore.
  const renewAt = at(19 * HOUR + 12 * MINUTE);

  it.each([
    ['at notBefore', 0],
    ['13 h in (stale under the default 50 %)', 13 * HOUR],
    ['exactly at the renewal point', 19 * HOUR + 12 * MINUTE],
    ['exactly one refresh interval past the renewal point', 19 * HOUR + 12 * MINUTE + REFRESH_INTERVAL_MS],
  ])('fresh %s', (_, offset) => {
    expect(freshness(DAY_LEAF, at(offset), 80)).toEqual({ state: 'fresh', renewAt });
  });

  it.each([
    ['1 ms beyond renewal + refresh interval', 19 * HOUR + 22 * MINUTE + 1, REFRESH_INTERVAL_MS + 1],
    ['1 ms before notAfter', DAY - 1, 4 * HOUR + 48 * MINUTE - 1],
  ])('stale %s', (_, offset, overdueMs) => {
    expect(freshness(DAY_LEAF, at(offset), 80)).toEqual({ state: 'stale', renewAt, overdueMs });
  });

  it('the same moment is stale at 50 % and fresh at 80 %', () => {
    expect(freshness(DAY_LEAF, at(13 * HOUR)).state).toBe('stale');
    expect(freshness(DAY_LEAF, at(13 * HOUR), 80).state).toBe('fresh');
  });

  it('expiry and not-yet-valid do not depend on the window', () => {
    expect(freshness(DAY_LEAF, at(DAY), 80)).toEqual({ state: 'expired', expiredMs: 0 });
    expect(freshness(DAY_LEAF, at(-1), 80)).toEqual({ state: 'not-yet-valid' });
  });
});

describe('freshness, other lifetimes (1 h to 30 d)', () => {
  it('a 1-hour leaf at 80 % renews after 48 minutes', () => {
    const validity = { notBefore: new Date(T0), notAfter: new Date(T0 + HOUR) };
    expect(freshness(validity, at(58 * MINUTE), 80)).toEqual({ state: 'fresh', renewAt: at(48 * MINUTE) });
    expect(freshness(validity, at(58 * MINUTE + 1), 80)).toEqual({ state: 'stale', renewAt: at(48 * MINUTE), overdueMs: REFRESH_INTERVAL_MS + 1 });
  });

  it('a 30-day leaf at 50 % renews after 15 days', () => {
    const validity = { notBefore: new Date(T0), notAfter: new Date(T0 + 30 * DAY) };
    expect(freshness(validity, at(15 * DAY + REFRESH_INTERVAL_MS))).toEqual({ state: 'fresh', renewAt: at(15 * DAY) });
    expect(freshness(validity, at(16 * DAY))).toEqual({ state: 'stale', renewAt: at(15 * DAY), overdueMs: DAY });
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0m'],
    [29_999, '0m'],
    [30_000, '1m'],
    [MINUTE, '1m'],
    [12 * MINUTE, '12m'],
    [59 * MINUTE, '59m'],
    [59 * MINUTE + 29_999, '59m'],
    [59 * MINUTE + 30_000, '1h 00m'],
    [HOUR, '1h 00m'],
    [HOUR + 5 * MINUTE, '1h 05m'],
    [3 * HOUR + 5 * MINUTE, '3h 05m'],
    [10 * HOUR + 30 * MINUTE, '10h 30m'],
    [23 * HOUR + 59 * MINUTE, '23h 59m'],
    [DAY - 30_000, '1d 0h'],
    [DAY, '1d 0h'],
    [DAY + HOUR, '1d 1h'],
    [2 * DAY + 4 * HOUR, '2d 4h'],
    [2 * DAY + 4 * HOUR + 59 * MINUTE, '2d 4h'],
    [30 * DAY, '30d 0h'],
  ])('%d ms → %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });

  it('formats what freshness reports', () => {
    const verdict = freshness(DAY_LEAF, at(15 * HOUR + 5 * MINUTE));
    expect(verdict.state).toBe('stale');
    if (verdict.state === 'stale') expect(formatDuration(verdict.overdueMs)).toBe('3h 05m');
  });
});
