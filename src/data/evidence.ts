/**
 * A Q4 task's evidence, from the `relatedTasks` of other entries: the results it follows from (with
 * the figures to show) and the assessment paragraphs — difficulties — it answers. Reads the data
 * `getReportData()` returns; computed once per task page.
 */
import { paragraphId } from '../lib/text/index.ts';
import { evidenceFigures } from '../lib/checks/index.ts';
import { ui, figureText } from '../lib/publish/index.ts';
import { TASK_COLLECTION, type LocatedIndicator, type ReportData, type ReportEntry, type ReportSection, type SectionCollection } from './report.ts';

/** The collection whose entries assess the period (difficulties and their causes). */
export const ASSESSMENT_COLLECTION = 'assessment' satisfies SectionCollection;

/** A result entry a task follows from, with the figures to show beside it. */
export interface ResultEvidence {
  entry: ReportEntry;
  figures: LocatedIndicator[];
}

/** One paragraph of an assessment entry, quoted on a task page. */
export interface QuotedParagraph {
  /** Paragraph number within its entry, from 1. */
  number: number;
  /** Its anchor ("iii-1-2"). */
  id: string;
  /** Its plain text as printed. */
  text: string;
}

/** An assessment entry a task answers, with the paragraphs named (all of them when the relation names none). */
export interface DifficultyEvidence {
  entry: ReportEntry;
  paragraphs: QuotedParagraph[];
}

/** What a task page shows under "Kết quả thực hiện liên quan" and "Khó khăn, hạn chế liên quan". */
export function taskEvidence(data: ReportData, task: ReportEntry): { results: ResultEvidence[]; difficulties: DifficultyEvidence[] } {
  const results: ResultEvidence[] = [];
  const difficulties: DifficultyEvidence[] = [];
  for (const entry of data.entries) {
    const relation = entry.data.relatedTasks.find((r) => r.id === task.id);
    if (!relation) continue;
    if (entry.collection === ASSESSMENT_COLLECTION) {
      const all = entry.text.paragraphs;
      const numbers = relation.paragraphs ?? all.map((p) => p.ordinal);
      const paragraphs = numbers.map((n) => ({ number: n, id: paragraphId(entry.anchorPrefix, n), text: all[n - 1]?.text ?? '' }));
      difficulties.push({ entry, paragraphs });
    } else {
      const own = data.indicators.filter((i) => i.entry === entry);
      results.push({ entry, figures: evidenceFigures(own) });
    }
  }
  return { results, difficulties };
}

/** What a section card counts: "13 nhiệm vụ" for the tasks section (its introduction is not a task), "7 mục" elsewhere. */
export function sectionCountLabel(section: ReportSection): string {
  if (section.collection === TASK_COLLECTION) return figureText.taskCount(section.entries.filter((e) => e.task !== undefined).length);
  return ui.sectionCount(section.entries.length);
}
