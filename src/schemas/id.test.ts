import { describe, expect, it } from 'vitest';
import { issues } from '../test/zod-issues.ts';
import { kebabId } from './id.ts';

describe('kebabId', () => {
  it.each(['kim-ngach', 'hinh-1', 'a', '2021'])('accepts %j', (id) => {
    expect(issues(kebabId('id'), id)).toEqual([]);
  });

  it.each(['Kim-ngach', 'kim_ngach', 'kim--ngach', '-kim', 'kim-', 'thạch-đen', 'kim ngach', ''])('rejects %j, naming what it is', (id) => {
    expect(issues(kebabId('segment'), id)).toEqual([': segment must be lowercase kebab-case ASCII (a-z, 0-9, -)']);
  });
});
