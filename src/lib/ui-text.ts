/**
 * Every piece of interface text the site shows, in Vietnamese, kept together for review.
 * Nothing here is a fact of one report: titles and numbers come from `content/`.
 */
export const ui = {
  skipLink: 'Bỏ qua, đến nội dung chính',
  home: 'Trang chủ',
  mainNav: 'Điều hướng chính',
  fullText: 'Toàn văn',
  openData: 'Dữ liệu',
  search: 'Tìm kiếm',
  searchLabel: 'Tìm trong báo cáo',
  searchPlaceholder: 'Tìm, ví dụ: thach den',
  prevNextNav: 'Mục trước và mục sau',
  prevNextTasks: 'Nhiệm vụ trước và sau',
  paragraphs: 'Các đoạn',
  paragraphLabel: (n: number) => `Đoạn ${n}`,
  breadcrumbs: 'Vị trí trang',
  sectionCount: (n: number) => `${n} mục`,
  tableOfContents: 'Mục lục',
  onThisPage: 'Trên trang này',
  sections: 'Các phần của báo cáo',
  previous: 'Trước',
  next: 'Tiếp',
  previousEntry: 'Mục trước',
  nextEntry: 'Mục tiếp theo',
  footnotes: 'Chú thích',
  footnoteBack: (n: string) => `Quay lại vị trí chú thích ${n}`,
  section: 'Mục',
  paragraph: 'đoạn',
  issuedBy: 'Cơ quan ban hành',
  signedBy: 'Người ký',
  readEntry: 'Đọc mục này',
  entriesInSection: 'Các mục trong phần này',
  relatedTasks: 'Nhiệm vụ liên quan',
  relatedResults: 'Kết quả thực hiện liên quan',
  task: (n: number) => `Nhiệm vụ ${n}`,
  taskAnchorPrefix: 'nhiem-vu',
  tasksIntro: 'Danh sách nhiệm vụ',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundBody: 'Trang bạn tìm không tồn tại hoặc đã được chuyển. Bạn có thể quay về trang chủ hoặc đọc toàn văn báo cáo.',
  navLabelNote: 'Tên ngắn để điều hướng, không thuộc văn bản gốc.',
  headlineFigures: 'Số liệu chính',
  keyFigures: 'Số liệu nổi bật',
} as const;

/** Charts, headline figures and open data. */
export const chartText = {} as const;

/** Search box, search page and results. */
export const searchText = {} as const;

/** Links, citations, footnote previews, printing and sharing. */
export const citeText = {} as const;

/** Quality pages and notices. */
export const qualityText = {} as const;
