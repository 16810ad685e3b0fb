import { expect, test } from 'vitest';
import { issuedLabel } from './report-date';

test.each([
  ['2021-10', 'Tháng 10/2021'],
  ['2021-03-05', 'Tháng 3/2021'],
  ['2030', 'Năm 2030'],
])('%s → %s', (date, label) => {
  expect(issuedLabel(date)).toBe(label);
});

test('a date that is not a date fails, naming the field', () => {
  expect(() => issuedLabel('tháng mười')).toThrow(/report\.json: date "tháng mười"/);
});
