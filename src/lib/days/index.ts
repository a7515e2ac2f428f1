export {
  type Ymd, addDays, dayNumber, daysBetween, dayString, formatYmd, isIsoDay, monthStart, parseYmd, utcDate,
  weekdayOf, ymdOfDay,
} from './calendar.ts';
