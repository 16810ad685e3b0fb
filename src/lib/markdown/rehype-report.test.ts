import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { transformReportTree } from './rehype-report.ts';

const options = { footnotesLabel: 'Chú thích', regionLabel: (n: string) => `Chú thích mục ${n}`, backLabel: (n: string) => `Quay lại ${n}`, taskPrefix: 'nhiem-vu' };
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
