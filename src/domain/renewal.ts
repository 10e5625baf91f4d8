/** The refresher runs every 10 minutes: renewal may lag its due time by that much (FACTS §8). */
export const REFRESH_INTERVAL_MS = 10 * 60_000;
export const DEFAULT_ROTATION_WINDOW_PERCENTAGE = 50;

export interface Validity {
  notBefore: Date;
  notAfter: Date;
}

export type Freshness =
  | { state: 'fresh'; renewAt: Date }
  | { state: 'stale'; renewAt: Date; overdueMs: number }
  | { state: 'expired'; expiredMs: number }
  | { state: 'not-yet-valid' };

/** Where a certificate stands against its renewal point: lifetime × rotation window, plus one refresh interval. */
export function freshness({ notBefore, notAfter }: Validity, now: Date, rotationWindowPercentage = DEFAULT_ROTATION_WINDOW_PERCENTAGE): Freshness {
  if (now < notBefore) return { state: 'not-yet-valid' };
  if (now >= notAfter) return { state: 'expired', expiredMs: now.getTime() - notAfter.getTime() };
  const lifetime = notAfter.getTime() - notBefore.getTime();
  const renewAt = new Date(notBefore.getTime() + (lifetime * rotationWindowPercentage) / 100);
  const overdueMs = now.getTime() - renewAt.getTime();
  return overdueMs > REFRESH_INTERVAL_MS ? { state: 'stale', renewAt, overdueMs } : { state: 'fresh', renewAt };
}

/** `3h 05m`, `12m`, `2d 4h`: for people reading how long ago something was due. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${String(rest).padStart(2, '0')}m`;
  return `${rest}m`;
}
