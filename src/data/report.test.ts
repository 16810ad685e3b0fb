import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EntrySchema } from '../schemas/entry.ts';
import { ReportSchema } from '../schemas/report.ts';
import { collections, type StubEntry } from '../test/astro-content.ts';

const report = ReportSchema.parse({
  issuer: 'Ủy ban nhân dân tỉnh Thử',
  shortTitle: 'Báo cáo thử',
  description: 'Mô tả.',
  year: 2030,
  date: '2030-04',
  documentType: 'BÁO CÁO',
  number: 'Số: /BC-UBND',
  placeDate: 'Thử, ngày tháng 4 năm 2030',
  title: 'Báo cáo thử',
  defaultPeriod: 'quý I 2030',
  signature: { lines: ['CHỦ TỊCH'], name: 'Nguyễn Văn A' },
  sections: [
    { collection: 'economy', segment: 'kinh-te', title: 'Kinh tế', description: 'Kinh tế.' },
    { collection: 'q4-tasks', segment: 'nhiem-vu', title: 'Nhiệm vụ', description: 'Nhiệm vụ.' },
  ],
});

/** An entry as the glob loader hands it over: frontmatter parsed by the entry schema, references resolved to { collection, id }. */
function entry(collection: string, id: string, frontmatter: Record<string, unknown>, body: string): StubEntry {
  const { relatedTasks = [], ...rest } = frontmatter as { relatedTasks?: string[] };
  const data = { ...EntrySchema.parse(rest), relatedTasks: relatedTasks.map((t) => ({ collection: 'q4-tasks', id: t })) };
  return { id, collection, data, body, filePath: `content/${collection}/${id}.mdx` };
}

/** The files on disk are the served entries' files (the data layer checks none is left unread). */
const served = globalThis as { reportTestFiles?: string[] };
vi.mock('./content-files.ts', () => ({ contentFiles: () => served.reportTestFiles ?? [] }));

function serve(economy: StubEntry[], tasks: StubEntry[]): void {
  served.reportTestFiles = [...economy, ...tasks].map((e) => `${e.collection}/${e.id}.mdx`);
  collections.clear();
  collections.set('report', [{ id: 'report', collection: 'report', data: report }]);
  collections.set('economy', economy);
  collections.set('q4-tasks', tasks);
}

const agriculture = () =>
  entry(
    'economy',
    'nong-nghiep',
    {
      title: 'Nông nghiệp',
      number: 'II.1.a',
      marker: 'a)',
      order: 1,
      summary: 'Nông nghiệp.',
      indicators: [
        { id: 'lua', label: 'Lúa', value: 1234.5, unit: 'ha' },
        { id: 'khach', label: 'Khách', value: 45, unit: 'nghìn lượt', footnote: 1 },
      ],
      relatedTasks: ['2'],
    },
    '<abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh chỉ đạo.\n\nLúa đạt 1.234,5 ha[^1].\n\n[^1]: Khách đạt 45 nghìn lượt.',
  );
const trade = () => entry('economy', 'thuong-mai', { title: 'Thương mại', number: 'II.1.b', marker: 'b)', order: 2, summary: 'Thương mại.' }, 'Buôn bán sôi động.');
const intro = () => entry('q4-tasks', 'gioi-thieu', { title: 'Mở đầu', number: 'Phần II', order: 3, summary: 'Mở đầu.' }, 'Các nhiệm vụ sau.');
const task = (n: number, order: number) => entry('q4-tasks', String(n), { title: `Việc ${n}`, number: `Phần II.${n}`, order, summary: 'Việc.', task: n }, `${n}\\. Làm việc ${n}.`);

async function load() {
  vi.resetModules();
  const { getReportData } = await import('./report.ts');
  return getReportData();
}

describe('getReportData', () => {
  beforeEach(() => serve([trade(), agriculture()], [task(2, 5), intro(), task(1, 4)]));

  it('orders entries by `order` across sections, and each section by `order`', async () => {
    const data = await load();
    expect(data.entries.map((e) => e.id)).toEqual(['nong-nghiep', 'thuong-mai', 'gioi-thieu', '1', '2']);
    expect(data.sections.map((s) => [s.path, s.entries.map((e) => e.id)])).toEqual([
      ['/kinh-te/', ['nong-nghiep', 'thuong-mai']],
      ['/nhiem-vu/', ['gioi-thieu', '1', '2']],
    ]);
  });

  it('works out each entry’s path, task, label, name and heading once', async () => {
    const data = await load();
    const facts = data.entries.map((e) => [e.path, e.task, e.label, e.name, e.heading, e.anchorPrefix]);
    expect(facts).toEqual([
      ['/kinh-te/nong-nghiep/', undefined, 'II.1.a', 'II.1.a. Nông nghiệp', 'a) Nông nghiệp', 'ii-1-a'],
      ['/kinh-te/thuong-mai/', undefined, 'II.1.b', 'II.1.b. Thương mại', 'b) Thương mại', 'ii-1-b'],
      ['/nhiem-vu/gioi-thieu/', undefined, 'Phần II', 'Mở đầu', 'Mở đầu', 'phan-ii'],
      ['/nhiem-vu/1/', 1, 'Nhiệm vụ 1', 'Nhiệm vụ 1: Việc 1', 'Việc 1', 'nhiem-vu-1'],
      ['/nhiem-vu/2/', 2, 'Nhiệm vụ 2', 'Nhiệm vụ 2: Việc 2', 'Việc 2', 'nhiem-vu-2'],
    ]);
  });

  it('links previous and next: tasks through tasks, other entries through all entries', async () => {
    const data = await load();
    expect(data.entries.map((e) => [e.id, e.previous?.id, e.next?.id])).toEqual([
      ['nong-nghiep', undefined, 'thuong-mai'],
      ['thuong-mai', 'nong-nghiep', 'gioi-thieu'],
      ['gioi-thieu', 'thuong-mai', '1'],
      ['1', undefined, '2'],
      ['2', '1', undefined],
    ]);
  });

  it('locates each indicator on the paragraph or footnote that prints it, with the default period', async () => {
    const data = await load();
    expect(data.indicators.map((i) => [i.id, i.path, i.period])).toEqual([
      ['lua', '/kinh-te/nong-nghiep/#ii-1-a-2', 'quý I 2030'],
      ['khach', '/kinh-te/nong-nghiep/#fn-1', 'quý I 2030'],
    ]);
  });

  it('reads each body once into its text model, numbered like the page', async () => {
    const data = await load();
    expect(data.entries[0]?.text.paragraphs.map((p) => [p.id, p.text])).toEqual([
      ['ii-1-a-1', 'UBND tỉnh chỉ đạo.'],
      ['ii-1-a-2', 'Lúa đạt 1.234,5 ha.'],
    ]);
  });

  it('fails naming both files when two entries share an order', async () => {
    serve([trade(), { ...agriculture(), data: { ...agriculture().data, order: 2 } }], [task(1, 3)]);
    await expect(load()).rejects.toThrow(/content\/economy\/(nong-nghiep|thuong-mai)\.mdx: order 2 is also used by content\/economy\/(thuong-mai|nong-nghiep)\.mdx/);
  });

  it('fails naming the file and indicator when a value is not printed', async () => {
    const bad = agriculture();
    serve([trade(), { ...bad, body: (bad.body ?? '').replace('1.234,5', '1.243,5') }], [task(1, 3), task(2, 4)]);
    await expect(load()).rejects.toThrow('content/economy/nong-nghiep.mdx: indicator "lua": value 1234.5 is not printed in its text or footnotes');
  });

  it('fails naming the file when relatedTasks names no task', async () => {
    serve([trade(), agriculture()], [task(1, 3)]);
    await expect(load()).rejects.toThrow('content/economy/nong-nghiep.mdx: relatedTasks: "2" is not an entry of q4-tasks');
  });
});

describe('untitled tasks, entries without a summary, appendices after the signature', () => {
  const untitled = () =>
    entry('q4-tasks', '1', { number: 'Phần II.1', order: 3, task: 1 }, '1\\. Giữ vững diện tích lúa vụ hè của tỉnh Sơn Thủy và mở rộng vùng trồng ngô ở các huyện phía bắc.');

  it('names a task without a title by its opening words, shortened at a word, in every name it has', async () => {
    serve([trade(), agriculture()], [untitled(), task(2, 4)]);
    const data = await load();
    const first = data.entries.find((e) => e.id === '1');
    expect([first?.data.title, first?.name, first?.heading]).toEqual([
      'Giữ vững diện tích lúa vụ hè của tỉnh Sơn Thủy và mở rộng…',
      'Nhiệm vụ 1: Giữ vững diện tích lúa vụ hè của tỉnh Sơn Thủy và mở rộng…',
      'Giữ vững diện tích lúa vụ hè của tỉnh Sơn Thủy và mở rộng…',
    ]);
    expect(data.entries.find((e) => e.id === '2')?.previous?.name).toBe('Nhiệm vụ 1: Giữ vững diện tích lúa vụ hè của tỉnh Sơn Thủy và mở rộng…');
  });

  it('describes an entry by its summary, or without one by its opening words (and shows no summary)', async () => {
    serve([trade(), agriculture()], [untitled(), task(2, 4)]);
    const data = await load();
    expect(data.entries.map((e) => [e.id, e.data.summary, e.description])).toEqual([
      ['nong-nghiep', 'Nông nghiệp.', 'Nông nghiệp.'],
      ['thuong-mai', 'Thương mại.', 'Thương mại.'],
      ['1', undefined, 'Giữ vững diện tích lúa vụ hè của tỉnh Sơn Thủy và mở rộng vùng trồng ngô ở các huyện phía bắc.'],
      ['2', 'Việc.', 'Việc.'],
    ]);
  });

  it('fails naming the file when an entry that is not a task has no title', async () => {
    const { title: _, ...noTitle } = trade().data;
    serve([{ ...trade(), data: noTitle as StubEntry['data'] }, agriculture()], [task(1, 3), task(2, 4)]);
    await expect(load()).rejects.toThrow('content/economy/thuong-mai.mdx: title: missing; only a task (with `task: N`) may leave it out');
  });

  it('fails naming both files when an entry after the signature comes before one printed above it', async () => {
    const appendix = entry('economy', 'phu-luc', { title: 'Phụ lục', number: 'Phụ lục', order: 3, appendix: true, afterSignature: true }, 'Bảng số liệu.');
    serve([trade(), agriculture(), appendix], [task(1, 4), task(2, 5)]);
    await expect(load()).rejects.toThrow('content/economy/phu-luc.mdx: afterSignature: order 3 comes before content/q4-tasks/1.mdx (order 4), which is printed above the signature');
  });

  it('keeps an appendix after the signature last when its order is last', async () => {
    const appendix = entry('economy', 'phu-luc', { title: 'Phụ lục', number: 'Phụ lục', order: 5, appendix: true, afterSignature: true }, 'Bảng số liệu.');
    serve([trade(), agriculture(), appendix], [task(1, 3), task(2, 4)]);
    const data = await load();
    expect(data.entries.map((e) => e.id)).toEqual(['nong-nghiep', 'thuong-mai', '1', '2', 'phu-luc']);
  });
});

describe('relations', () => {
  it('shows relatedTasks both ways: a task’s results and an entry’s tasks', async () => {
    serve([trade(), agriculture()], [task(2, 5), intro(), task(1, 4)]);
    vi.resetModules();
    const { getReportData, resultsForTask, tasksForEntry } = await import('./report.ts');
    const data = await getReportData();
    const byId = (id: string) => data.entries.find((e) => e.id === id)!;
    expect(resultsForTask(data, byId('2')).map((e) => e.id)).toEqual(['nong-nghiep']);
    expect(resultsForTask(data, byId('1'))).toEqual([]);
    expect(tasksForEntry(data, byId('nong-nghiep')).map((e) => e.id)).toEqual(['2']);
  });
});
