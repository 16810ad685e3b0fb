import { describe, expect, it } from 'vitest';
import { pageNeighbours } from './pagination.ts';

const items = [{ id: 'a' }, { id: 'b' }, { id: 'intro' }, { id: 't1', task: 1 }, { id: 't2', task: 2 }, { id: 't3', task: 3 }];
const ids = (m: ReturnType<typeof pageNeighbours<(typeof items)[number]>>, id: string) => {
  const n = m.get(items.find((i) => i.id === id) ?? items[0]!);
  return [n?.previous?.id, n?.next?.id];
};

describe('pageNeighbours', () => {
  const map = pageNeighbours(items);
  it.each([
    ['a', [undefined, 'b']],
    ['b', ['a', 'intro']],
    ['intro', ['b', 't1']],
    ['t1', [undefined, 't2']],
    ['t2', ['t1', 't3']],
    ['t3', ['t2', undefined]],
  ])('%s → previous/next %j (tasks page through tasks only)', (id, expected) => {
    expect(ids(map, id)).toEqual(expected);
  });
});
