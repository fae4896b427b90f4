// The calendar's day arithmetic: day numbers, weekdays, weeks and months, against dates checked by hand.
import { describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, dayOf, daysInMonth, firstOfMonthIndex, formatIso, isoOfDay, mondayOf, monthIndex, weekdayOfDay } from '../../src/text/calendar.js';

describe('day arithmetic', () => {
  it('counts days from 1970-01-01 both ways, as dayNumber does from an ISO date', () => {
    expect(dayOf(1970, 1, 1)).toBe(0);
    expect(dayOf(2016, 12, 15)).toBe(dayNumber('2016-12-15'));
    expect(isoOfDay(dayOf(2016, 2, 29))).toBe('2016-02-29');
    expect(dateOfDay(dayOf(1999, 12, 31) + 1)).toEqual({ year: 2000, month: 1, day: 1 });
    // a day past the month's end rolls into the next month
    expect(isoOfDay(dayOf(2017, 2, 29))).toBe('2017-03-01');
  });

  it('knows weekdays and the Monday of a week', () => {
    expect(weekdayOfDay(0)).toBe(4); // 1970-01-01, a Thursday
    expect(weekdayOfDay(dayOf(2016, 12, 15))).toBe(4);
    expect(isoOfDay(mondayOf(dayOf(2016, 12, 18)))).toBe('2016-12-12'); // a Sunday's week began the Monday before
    expect(isoOfDay(mondayOf(dayOf(2016, 12, 12)))).toBe('2016-12-12');
    expect(weekdayOfDay(-1)).toBe(3);
  });

  it('counts months and their days', () => {
    expect([daysInMonth(2016, 2), daysInMonth(2017, 2), daysInMonth(2016, 12)]).toEqual([29, 28, 31]);
    expect(firstOfMonthIndex(monthIndex(2016, 1) - 1)).toBe('2015-12-01');
    expect(firstOfMonthIndex(monthIndex(2016, 11) + 3)).toBe('2017-02-01');
    expect(formatIso(987, 3, 4)).toBe('0987-03-04');
  });
});
