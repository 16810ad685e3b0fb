import { describe, expect, it } from 'vitest';
import { checkFollowUps, parseFollowUp } from './follow-ups.ts';

describe('parseFollowUp', () => {
  it.each([
    ['2021-6-thang/1', { reportId: '2021-6-thang', task: '1' }],
    ['q1/12', { reportId: 'q1', task: '12' }],
    ['2021-6-thang', undefined],
    ['2021-6-thang/1/2', undefined],
    ['/1', undefined],
    ['Bao-Cao/1', undefined],
  ])('%s', (value, expected) => {
    expect(parseFollowUp(value)).toEqual(expected);
  });
});

describe('checkFollowUps', () => {
  const reports = [
    { id: '2021-6-thang', tasks: ['1', '2'] },
    { id: '2021-9-thang', tasks: ['1', '2', '3'] },
  ];
  const entry = (followsUp: string, reportId = '2021-9-thang') => ({ file: 'reports/2021-9-thang/economy/a.mdx', reportId, followsUp });

  it.each([
    ['a task of an earlier report', entry('2021-6-thang/2'), []],
    ['an unknown report', entry('2020-6-thang/1'), ['followsUp: no report "2020-6-thang" (reports: 2021-6-thang, 2021-9-thang)']],
    ['an unknown task', entry('2021-6-thang/7'), ['followsUp: report "2021-6-thang" has no task "7" (its tasks: 1, 2)']],
    ['its own report', entry('2021-9-thang/1'), ['followsUp: "2021-9-thang/1" is a task of this entry\'s own report; followsUp names a task of an earlier report']],
    ['a malformed value', entry('nhiem vu 1'), ['followsUp: "nhiem vu 1" is not "<report-id>/<task>", e.g. "2021-6-thang/1"']],
  ])('%s', (_, e, messages) => {
    expect(checkFollowUps([e], reports).map((p) => p.message)).toEqual(messages);
    for (const p of checkFollowUps([e], reports)) expect(p.file).toBe('reports/2021-9-thang/economy/a.mdx');
  });

  it('refuses followsUp on a site of one report', () => {
    const problems = checkFollowUps([entry('2021-6-thang/1', '')], [{ id: '', tasks: ['1'] }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^followsUp: .*holds one report/);
  });
});
