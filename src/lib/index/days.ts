export { dayNumber, dayString, isIsoDay } from '../days/index';
