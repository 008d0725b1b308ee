/** Danish calendar time: a date in Copenhagen, and where a Copenhagen day starts. Pure. */

/** The Danish calendar date (Europe/Copenhagen) of an instant, as yyyy-mm-dd. */
export function danishDate(instant: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(instant);
}

const klokkeFormat = new Intl.DateTimeFormat("da-DK", {
  timeZone: "Europe/Copenhagen",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Danish clock time (Europe/Copenhagen) of an instant, as Danes write it: "09.30". */
export function danishClock(instant: Date): string {
  return klokkeFormat.format(instant).replace(":", ".");
}

/** Midnight in Copenhagen on the day of `d`, as an instant. */
export function startOfCopenhagenDay(d: Date): Date {
  const [y, m, day] = danishDate(d).split("-").map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, day);
  // Copenhagen is UTC+1 or UTC+2: read the hour it shows at that UTC midnight.
  const hourThere = Number(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", hour: "2-digit", hourCycle: "h23" }).format(
      new Date(utcMidnight),
    ),
  );
  return new Date(utcMidnight - hourThere * 3_600_000);
}
