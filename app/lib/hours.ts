/**
 * Opening hours in each service's own time zone. Pure: the caller passes
 * `now`, so results never depend on the server's clock or zone.
 */

export type ScheduleLike = { timezone: string; byDay: string; opensAt: string; closesAt: string };

const DAY_CODES = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

type Zoned = { day: string; minutes: number } | null;

// A search asks for the same few time zones hundreds of times at one
// instant, and formatToParts is slow: remember the answers for that
// instant. Same inputs, same answer, so the module stays pure.
let memoAt = Number.NaN;
const memo = new Map<string, Zoned>();

function zoned(now: Date, timeZone: string): Zoned {
  const at = now.getTime();
  if (at !== memoAt) {
    memo.clear();
    memoAt = at;
  }
  let hit = memo.get(timeZone);
  if (hit === undefined) {
    hit = computeZoned(now, timeZone);
    memo.set(timeZone, hit);
  }
  return hit;
}

function computeZoned(now: Date, timeZone: string): Zoned {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone,
        weekday: "short",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      });
    } catch {
      return null;
    }
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(now).map((p) => [p.type, p.value]));
  const day = DAY_CODES[["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(parts.weekday ?? "")];
  if (!day) return null;
  return { day, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Open at `now` by any of its schedule rows (closing time inclusive of 23:59). */
export function isOpenAt(schedules: readonly ScheduleLike[], now: Date): boolean {
  return schedules.some((s) => {
    const local = zoned(now, s.timezone);
    if (!local || !s.byDay.split(",").includes(local.day)) return false;
    const closes = toMinutes(s.closesAt);
    return local.minutes >= toMinutes(s.opensAt) && (local.minutes < closes || closes === 23 * 60 + 59);
  });
}

/**
 * Open now: true or false when we know the hours, null when we do not (a
 * service with no schedule may still answer; we never claim it is closed).
 */
export function openNow(service: { open247: boolean; schedules: readonly ScheduleLike[] }, now: Date): boolean | null {
  if (service.open247) return true;
  if (service.schedules.length === 0) return null;
  return isOpenAt(service.schedules, now);
}
