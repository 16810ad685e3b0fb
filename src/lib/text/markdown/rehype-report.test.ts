import { describe, expect, it } from 'vitest';
import type { Element, Root, RootContent } from 'hast';
import { alignClass, transformReportTree } from './rehype-report.ts';

const options = {
  footnotesLabel: 'Chú thích',
  regionLabel: (n: string) => `Chú thích mục ${n}`,
  backLabel: (n: string) => `Quay lại ${n}`,
  taskPrefix: 'nhiem-vu',
  tableLabel: (n: number, section: string | undefined) => `Bảng ${n} mục ${section ?? '?'}`,
};
const el = (tagName: string, properties: Element['properties'], children: Element['children'] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string) => ({ type: 'text' as const, value });

describe('transformReportTree', () => {
  function tree(): Root {
    return {
      type: 'root',
      children: [
        el('p', {}, [text('Một'), el('sup', {}, [el('a', { href: '#fn-14', id: 'fnref-14', dataFootnoteRef: true, ariaDescribedBy: ['footnote-label'] }, [text('1')])])]),
        el('p', {}, [text('Hai')]),
        el('section', { dataFootnotes: true, className: ['footnotes'] }, [
          el('h2', { id: 'footnote-label', className: ['sr-only'] }, [text('Footnotes')]),
          el('ol', {}, [el('li', { id: 'fn-14' }, [el('p', {}, [text('Ghi chú '), el('a', { href: '#fnref-14', dataFootnoteBackref: '' }, [text('↩')])])])]),
        ]),
      ],
    };
  }

  it('prints the text as the text model reads it: NFC, zero-width characters removed, also in footnotes', () => {
    const t: Root = { type: 'root', children: [el('p', {}, [text('ngày 30/9/\u200B2021'), el('strong', {}, [text('Lạng Sơn'.normalize('NFD'))])]), el('section', { dataFootnotes: true }, [el('ol', {}, [el('li', { id: 'fn-1' }, [el('p', {}, [text('Ghi\uFEFF chú')])])])])] };
    transformReportTree(t, { number: 'I.1' }, options);
    const values: string[] = [];
    const walk = (n: Root | RootContent): void => {
      if (n.type === 'text') values.push(n.value);
      else if ('children' in n) n.children.forEach(walk);
    };
    walk(t);
    expect(values).toContain('ngày 30/9/2021');
    expect(values).toContain('Lạng Sơn');
    expect(values.some((v) => v.startsWith('Ghi chú'))).toBe(true);
  });

  it('numbers top-level paragraphs from the section number', () => {
    const t = tree();
    transformReportTree(t, { number: 'II.1.b' }, options);
    const ids = t.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p').map((p) => p.properties['id']);
    expect(ids).toEqual(['ii-1-b-1', 'ii-1-b-2']);
  });

  it('shows footnotes under their own label with Vietnamese labels', () => {
    const t = tree();
    transformReportTree(t, { number: 'II.1.b' }, options);
    const ref = ((t.children[0] as Element).children[1] as Element).children[0] as Element;
    expect(ref.children).toEqual([text('14')]);
    expect(ref.properties['ariaLabel']).toBe('Chú thích 14');
    const section = t.children[2] as Element;
    const heading = section.children[0] as Element;
    expect(heading.properties['id']).toBe('chu-thich-14');
    expect(section.properties['ariaLabel']).toBe('Chú thích mục II.1.b');
    expect(heading.children).toEqual([text('Chú thích')]);
    const li = (section.children[1] as Element).children[0] as Element;
    expect(li.properties['value']).toBe('14');
    const back = (li.children[0] as Element).children[1] as Element;
    expect(back.properties['ariaLabel']).toBe('Quay lại 14');
  });
});

describe('tables', () => {
  /** A GFM table as remark-rehype makes it: alignment in each cell's `align` property. */
  const table = (first: string): Element =>
    el('table', {}, [
      el('thead', {}, [el('tr', {}, [el('th', { align: 'left' }, [text('Chỉ tiêu')]), el('th', { align: 'right' }, [text('Thực hiện')]), el('th', {}, [text('Ghi chú')])])]),
      el('tbody', {}, [el('tr', {}, [el('td', { align: 'left' }, [text(first)]), el('td', { align: 'right' }, [text('1.234,5')]), el('td', {}, [])])]),
    ]);
  function tree(): Root {
    return {
      type: 'root',
      children: [
        el('p', {}, [text('Một')]),
        table('Lúa'),
        el('p', {}, [text('Hai')]),
        el('ul', {}, [el('li', {}, [table('Ngô')])]),
        el('section', { dataFootnotes: true }, [el('ol', {}, [el('li', { id: 'fn-1' }, [table('Khoai')])])]),
      ],
    };
  }
  const frames = (node: Root | Element, out: Element[] = []): Element[] => {
    for (const c of node.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'section' && Array.isArray(c.properties['className']) && c.properties['className'].includes('table-scroll')) out.push(c);
      frames(c, out);
    }
    return out;
  };
  const cells = (node: Element): Element[] => {
    const out: Element[] = [];
    const go = (n: Element) => n.children.forEach((c) => c.type === 'element' && (/^t[hd]$/.test(c.tagName) ? out.push(c) : go(c)));
    go(node);
    return out;
  };

  it.each([['left', 'align-left'], ['center', 'align-center'], ['right', 'align-right']])('alignClass(%s) → %s', (align, cls) => {
    expect(alignClass(align)).toBe(cls);
  });

  it('aligns cells by class, never by an align property (which MDX prints as an inline style)', () => {
    const t = tree();
    transformReportTree(t, { number: 'II.1.b' }, options);
    const first = frames(t)[0]?.children[0] as Element;
    expect(cells(first).map((c) => [c.tagName, c.properties['className'], c.properties['align']])).toEqual([
      ['th', ['align-left'], undefined],
      ['th', ['align-right'], undefined],
      ['th', undefined, undefined],
      ['td', ['align-left'], undefined],
      ['td', ['align-right'], undefined],
      ['td', undefined, undefined],
    ]);
    expect(cells(first).filter((c) => c.tagName === 'th').map((c) => c.properties['scope'])).toEqual(['col', 'col', 'col']);
    expect(cells(first).filter((c) => c.tagName === 'td').map((c) => c.properties['scope'])).toEqual([undefined, undefined, undefined]);
  });

  it('puts every table in a focusable, named frame; tables of the body take the ids of the text model, in order', () => {
    const t = tree();
    transformReportTree(t, { number: 'II.1.b' }, options);
    expect(frames(t).map((f) => [f.properties['id'], f.properties['ariaLabel'], f.properties['tabIndex'], (f.children[0] as Element).tagName])).toEqual([
      ['ii-1-b-bang-1', 'Bảng 1 mục II.1.b', 0, 'table'],
      ['ii-1-b-bang-2', 'Bảng 2 mục II.1.b', 0, 'table'],
      [undefined, 'Bảng 3 mục II.1.b', 0, 'table'],
    ]);
  });

  it('leaves the paragraph ids around a table as they were', () => {
    const t = tree();
    transformReportTree(t, { number: 'II.1.b' }, options);
    expect(t.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p').map((p) => p.properties['id'])).toEqual(['ii-1-b-1', 'ii-1-b-2']);
  });

  it('names a task’s tables after the task’s anchor', () => {
    const t = tree();
    transformReportTree(t, { number: 'Phần II.3', task: 3 }, options);
    expect(frames(t)[0]?.properties['id']).toBe('nhiem-vu-3-bang-1');
  });
});
