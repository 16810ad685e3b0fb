import { expect, test } from 'vitest';
import { contentsLabel } from './contents';

test.each([
  [{ number: 'II.1.a', marker: 'a)', title: 'Sản xuất nông, lâm nghiệp' }, 'II.1.a Sản xuất nông, lâm nghiệp'],
  [{ number: 'II.1', marker: '1.', title: 'Về phát triển kinh tế' }, 'II.1 Về phát triển kinh tế'],
  [{ number: 'II', marker: 'II.', title: 'TÌNH HÌNH VÀ KẾT QUẢ' }, 'II. TÌNH HÌNH VÀ KẾT QUẢ'],
  [{ number: 'Phần I', marker: 'Phần I', title: 'TÌNH HÌNH KINH TẾ - XÃ HỘI' }, 'Phần I TÌNH HÌNH KINH TẾ - XÃ HỘI'],
  [{ number: 'Phần II.3', title: 'Nông nghiệp và nông thôn mới' }, 'Nông nghiệp và nông thôn mới'],
])('%j → %s', (heading, label) => {
  expect(contentsLabel(heading)).toBe(label);
});
