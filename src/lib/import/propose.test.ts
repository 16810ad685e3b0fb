import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from './text/parse.ts';
import {
  collectionOfHeading,
  dateFrom,
  idFromHeading,
  issuerFrom,
  periodFrom,
  proposeImportMap,
  proposeReportKeys,
  sentenceCase,
} from './propose.ts';

const root = new URL('../../../', import.meta.url);
const bundled = parseReport(readFileSync(new URL('content/source/bao-cao-9-thang-2021-lang-son.txt', root), 'utf8'), 'report.txt');
const handMap = JSON.parse(readFileSync(new URL('content/import-map.json', root), 'utf8')) as { entries: Record<string, { collection: string; id: string }> };

describe('collectionOfHeading', () => {
  it.each([
    ['Sản xuất nông, lâm nghiệp và xây dựng nông thôn mới', 'economy'],
    ['Công tác quản lý, điều hành ngân sách nhà nước', 'economy'],
    ['Lĩnh vực văn hoá - xã hội', 'culture-society'],
    ['Quốc phòng - an ninh, đối ngoại', 'security'],
    ['Công tác cải cách hành chính', 'directives'],
    ['CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 'directives'],
    ['KHÓ KHĂN, HẠN CHẾ VÀ NGUYÊN NHÂN', 'assessment'],
    ['Giáo dục và đào tạo', 'culture-society'],
    ['TÌNH HÌNH KINH TẾ - XÃ HỘI 10 THÁNG NĂM 2021', undefined],
    ['Những việc khác', undefined],
  ])('%s → %s', (heading, collection) => {
    expect(collectionOfHeading(heading)).toBe(collection);
  });
});

describe('idFromHeading', () => {
  it.each([
    ['Phát triển kinh tế cửa khẩu', 'phat-trien-kinh-te-cua-khau'],
    ['Công tác cải cách hành chính', 'cai-cach-hanh-chinh'],
    ['Lĩnh vực văn hoá - xã hội', 'van-hoa-xa-hoi'],
    ['Quốc phòng - an ninh, đối ngoại', 'quoc-phong-an-ninh-doi-ngoai'],
    ['Công tác thanh tra, kiểm tra; giải quyết khiếu nại, tố cáo', 'thanh-tra-kiem-tra-giai-quyet-khieu-nai'],
    ['Công tác', 'cong-tac'],
  ])('%s → %s', (heading, id) => {
    expect(idFromHeading(heading)).toBe(id);
  });
});

describe('title block readings', () => {
  it.each([
    ['Lạng Sơn, ngày tháng 10 năm 2021', '2021-10'],
    ['Lạng Sơn, ngày 05 tháng 11 năm 2021', '2021-11-05'],
    ['Hà Nội, ngày   tháng   năm 2022', '2022'],
    ['Cao Lộc, ngày 31 tháng 13 năm 2021', '2021'],
    ['ngày tháng', undefined],
  ])('date of %j is %j', (line, date) => {
    expect(dateFrom(line)).toBe(date);
  });

  it.each([
    ['Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 9 tháng đầu năm; nhiệm vụ, giải pháp chủ yếu Quý IV năm 2021', '9 tháng 2021'],
    ['Tình hình kinh tế - xã hội 10 tháng năm 2021; phương hướng, nhiệm vụ tháng 11', '10 tháng 2021'],
    ['Tình hình kinh tế - xã hội tháng 10 năm 2021', 'tháng 10/2021'],
    ['Kết quả quý III năm 2021', 'quý III 2021'],
    ['Báo cáo tổng kết năm 2021', 'năm 2021'],
  ])('period of %j is %j', (title, period) => {
    expect(periodFrom(title, undefined)).toBe(period);
  });

  it.each([
    ['ỦY BAN NHÂN DÂN', 'Ủy ban nhân dân'],
    ['NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM QUÝ IV NĂM 2021', 'Nhiệm vụ, giải pháp trọng tâm quý IV năm 2021'],
  ])('sentence case of %j', (text, cased) => {
    expect(sentenceCase(text)).toBe(cased);
  });

  it('spells the issuer with the place as the place-date line writes it', () => {
    expect(issuerFrom(['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN'], 'Lạng Sơn, ngày 05 tháng 11 năm 2021')).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
    expect(issuerFrom(['ỦY BAN NHÂN DÂN', 'HUYỆN CAO LỘC'], 'Cao Lộc, ngày 05 tháng 11 năm 2021')).toBe('Ủy ban nhân dân huyện Cao Lộc');
    expect(issuerFrom([], 'Lạng Sơn, ngày 05 tháng 11 năm 2021')).toBeUndefined();
  });
});

describe('proposeImportMap on the bundled report', () => {
  const proposal = proposeImportMap(bundled);

  it('proposes a place for every section of the text, each file once', () => {
    expect(Object.keys(proposal.map.entries)).toEqual(bundled.entries.map((e) => e.number));
    const files = Object.values(proposal.map.entries).map((t) => `${t.collection}/${t.id}`);
    expect(new Set(files).size).toBe(files.length);
  });

  it('chooses the collection the hand-written map chose, for every section', () => {
    const differ = Object.entries(handMap.entries).filter(([number, target]) => proposal.map.entries[number]?.collection !== target.collection);
    expect(differ).toEqual([]);
  });

  it('names tasks by their number and the task section intro as its introduction', () => {
    expect(proposal.map.entries['Phần II.5']).toEqual({ collection: 'q4-tasks', id: '5' });
    expect(proposal.map.entries['Phần II']).toEqual({ collection: 'q4-tasks', id: 'gioi-thieu' });
  });

  it('says what it guessed, one line per section', () => {
    expect(proposal.guesses).toHaveLength(bundled.entries.length);
    expect(proposal.guesses).toContain('II.6 "Công tác cải cách hành chính" → directives/cai-cach-hanh-chinh.mdx (its heading\'s words)');
  });
});

describe('proposeImportMap on a report of another shape (the ten-month fixture)', () => {
  const tenMonth = parseReport(readFileSync(new URL('fixtures/ten-month-report.txt', import.meta.url), 'utf8'), 'ten-month-report.txt');
  const { map } = proposeImportMap(tenMonth);

  it.each([
    ['Mở đầu', 'directives', 'mo-dau'],
    ['II.1.2', 'economy', 'thu-chi-ngan-sach'],
    ['II.2.1', 'culture-society', 'giao-duc-va-dao-tao'],
    ['III', 'security', 'quoc-phong-an-ninh'],
    ['IV.1', 'assessment', 'ket-qua-dat-duoc'],
    ['V', 'q4-tasks', 'gioi-thieu'],
    ['V.8', 'q4-tasks', '8'],
    ['Lời kết', 'q4-tasks', 'loi-ket'],
  ])('sends %s to %s/%s', (number, collection, id) => {
    expect(map.entries[number]).toEqual({ collection, id });
  });

  it('sends the appendix to its own collection', () => {
    const appendices = tenMonth.entries.filter((e) => e.appendix);
    expect(appendices.length).toBeGreaterThan(0);
    for (const a of appendices) expect(map.entries[a.number]?.collection).toBe('appendix');
  });
});

describe('proposeReportKeys', () => {
  const { map } = proposeImportMap(bundled);

  it('proposes the keys a person would otherwise write, from the title block', () => {
    const { keys } = proposeReportKeys(bundled, map);
    expect(keys['year']).toBe(2021);
    expect(keys['date']).toBe('2021-10');
    expect(keys['defaultPeriod']).toBe('9 tháng 2021');
    const sections = keys['sections'] as Array<{ collection: string; segment: string; title: string }>;
    expect(sections.map((s) => s.collection)).toEqual(['directives', 'economy', 'culture-society', 'security', 'assessment', 'q4-tasks']);
    expect(sections.at(-1)).toMatchObject({ segment: 'nhiem-vu-quy-iv', title: 'Nhiệm vụ quý IV' });
    // All of assessment stands under "III. KHÓ KHĂN, HẠN CHẾ VÀ NGUYÊN NHÂN": the section is named by it.
    expect(sections.find((s) => s.collection === 'assessment')).toMatchObject({ segment: 'kho-khan-han-che-va-nguyen-nhan', title: 'Khó khăn, hạn chế và nguyên nhân' });
    // Directives stand under I. and II.: the default name.
    expect(sections.find((s) => s.collection === 'directives')).toMatchObject({ segment: 'chi-dao-dieu-hanh', title: 'Chỉ đạo, điều hành' });
  });

  it('proposes nothing a report.json already has', () => {
    const { keys, guesses } = proposeReportKeys(bundled, map, { year: 2020, sections: [] });
    expect(keys).not.toHaveProperty('year');
    expect(keys).not.toHaveProperty('sections');
    expect(guesses.some((g) => g.includes('"year"'))).toBe(false);
  });
});
