import { describe, expect, it } from 'vitest';
import { checkTaskRelations, evidenceFigures, type RelationCheckEntry } from './relations.ts';

const task = (id: string, n?: number): RelationCheckEntry => ({ file: `q4-tasks/${id}.mdx`, id, collection: 'q4-tasks', task: n, paragraphCount: 1, relations: [] });
const result = (relations: RelationCheckEntry['relations'], paragraphCount = 3): RelationCheckEntry => ({ file: 'assessment/kho-khan.mdx', id: 'kho-khan', collection: 'assessment', paragraphCount, relations });

describe('checkTaskRelations', () => {
  const tasks = [task('1', 1), task('2', 2), task('gioi-thieu')];
  it('accepts relations to tasks, with or without paragraphs in range', () => {
    expect(checkTaskRelations([...tasks, result([{ id: '1' }, { id: '2', paragraphs: [1, 3] }])], 'q4-tasks')).toEqual([]);
  });
  it.each([
    [[{ id: '99' }], 'relatedTasks: "99" is not an entry of q4-tasks'],
    [[{ id: 'gioi-thieu' }], 'relatedTasks: "gioi-thieu" is not a task (its entry has no "task" number)'],
    [[{ id: '2', paragraphs: [4] }], 'relatedTasks: task "2" names paragraph 4, but the entry has 3'],
  ])('reports %j, naming the file', (relations, message) => {
    expect(checkTaskRelations([...tasks, result(relations)], 'q4-tasks')).toEqual([{ file: 'assessment/kho-khan.mdx', message }]);
  });
});

describe('evidenceFigures', () => {
  const f = (id: string, extra: { headline?: boolean; plan?: number; change?: number } = {}) => ({ id, headline: extra.headline ?? false, plan: extra.plan, change: extra.change });
  it('puts headline figures first, then figures with a plan or change, then the rest, up to the limit', () => {
    const list = [f('a'), f('b', { change: 1 }), f('c', { headline: true }), f('d', { plan: 90 }), f('e'), f('g', { headline: true })];
    expect(evidenceFigures(list).map((i) => i.id)).toEqual(['c', 'g', 'b', 'd']);
    expect(evidenceFigures(list, 6).map((i) => i.id)).toEqual(['c', 'g', 'b', 'd', 'a', 'e']);
    expect(evidenceFigures([])).toEqual([]);
  });
});
