import { describe, expect, it } from 'vitest';
import { draftIndicators, draftRefusals, draftWarning, reviewedIndicators } from './drafts.ts';

const entries = [
  { file: 'economy/a.mdx', indicators: [{ id: 'kim-ngach' }, { id: 'xuat-khau', draft: true }, { id: 'nhap-khau', draft: false }] },
  { file: 'economy/b.mdx', indicators: [] },
  { file: 'security/c.mdx', indicators: [{ id: 'vu-an', draft: true }] },
];

describe('draft indicators', () => {
  it('lists the drafts of every entry with their files, in order', () => {
    expect(draftIndicators(entries)).toEqual([
      { file: 'economy/a.mdx', id: 'xuat-khau' },
      { file: 'security/c.mdx', id: 'vu-an' },
    ]);
  });

  it('keeps only the reviewed indicators (no flag, or draft: false) for the pages', () => {
    expect(reviewedIndicators(entries[0]?.indicators ?? []).map((i) => i.id)).toEqual(['kim-ngach', 'nhap-khau']);
  });

  it.each<[string, { file: string; id: string }[], string | undefined]>([
    ['no warning without drafts', [], undefined],
    [
      'one warning naming each draft’s file and id, and what happens to them',
      [{ file: 'economy/a.mdx', id: 'xuat-khau' }, { file: 'security/c.mdx', id: 'vu-an' }],
      'warning: 2 draft indicator(s) (draft: true) are left out of the pages and open data until a person checks each against the text and deletes its "draft: true":\n  economy/a.mdx: xuat-khau\n  security/c.mdx: vu-an',
    ],
  ])('%s', (_, drafts, warning) => expect(draftWarning(drafts)).toBe(warning));

  it('refuses each draft in strict mode, naming file and id', () => {
    expect(draftRefusals([{ file: 'economy/a.mdx', id: 'xuat-khau' }])).toEqual(['economy/a.mdx: indicator "xuat-khau" is a draft (draft: true): check it against the text, then delete "draft: true"']);
  });
});
