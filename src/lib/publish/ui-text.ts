/**
 * Every piece of interface text the site shows, in Vietnamese, kept together for review.
 * Nothing here is a fact of one report: titles and numbers come from `content/`.
 */
export const ui = {
  skipLink: 'Bỏ qua, đến nội dung chính',
  home: 'Trang chủ',
  /** The site home of several reports, and the footer's link to it. */
  allReports: 'Tất cả báo cáo',
  mainNav: 'Điều hướng chính',
  fullText: 'Toàn văn',
  openData: 'Dữ liệu',
  search: 'Tìm kiếm',
  searchLabel: 'Tìm trong báo cáo',
  searchPlaceholder: 'Tìm trong báo cáo (gõ không dấu cũng được)',
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
  footnotesOf: (sectionNumber: string) => `Chú thích mục ${sectionNumber}`,
  footnoteBack: (n: string) => `Quay lại vị trí chú thích ${n}`,
  /** Accessible name of a table's sideways-scrolling frame, unique on a page that holds many entries: "Bảng 1 mục II.1.b, cuộn ngang để xem hết". */
  tableRegion: (n: number, sectionNumber: string | undefined) => `Bảng ${n}${sectionNumber ? ` mục ${sectionNumber}` : ''}, cuộn ngang để xem hết`,
  section: 'Mục',
  paragraph: 'đoạn',
  issuedBy: 'Cơ quan ban hành',
  signedBy: 'Người ký',
  readEntry: 'Đọc mục này',
  entriesInSection: 'Các mục trong phần này',
  relatedTasks: 'Nhiệm vụ liên quan',
  relatedResults: 'Kết quả thực hiện liên quan',
  /** A task's later results, in reports after its own. */
  followedBy: 'Kết quả ở kỳ sau',
  /** The earlier report's task an entry follows up. */
  followsUp: 'Nhiệm vụ ở kỳ trước',
  task: (n: number) => `Nhiệm vụ ${n}`,
  taskAnchorPrefix: 'nhiem-vu',
  tasksIntro: 'Danh sách nhiệm vụ',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundBody: 'Trang bạn tìm không tồn tại hoặc đã được chuyển. Bạn có thể quay về trang chủ hoặc đọc toàn văn báo cáo.',
  navLabelNote: 'Tên ngắn để điều hướng, không thuộc văn bản gốc.',
  headlineFigures: 'Số liệu chính',
  keyFigures: 'Số liệu nổi bật',
} as const;

/**
 * A section number as a reader names the place: "II.1.b" → "Mục II.1.b"; "Phần II" → "Phần II";
 * "Phần II.3" → "Phần II, mục 3" (never "Mục Phần II.3").
 */
export function sectionPlace(number: string): string {
  const m = /^(\p{Lu}\p{Ll}*\s+[^\s.]+)(?:\.(\S+))?$/u.exec(number.trim());
  if (!m) return `Mục ${number}`;
  return m[2] ? `${m[1]}, mục ${m[2]}` : (m[1] ?? number);
}

/** Charts, headline figures and open data. */
export const chartText = {
  /** Plan completion: ("99,4%", "kế hoạch") → "đạt 99,4% kế hoạch". */
  planReached: (percent: string, basis: string) => `đạt ${percent} ${basis}`,
  /** What a change is measured against: "so với cùng kỳ". */
  comparedWith: (basis: string) => `so với ${basis}`,
  changeUp: 'tăng',
  changeDown: 'giảm',
  changeNone: 'không đổi',
  /** A level as a percent of the earlier period: "bằng 95,5% so với cùng kỳ". */
  changeRatio: 'bằng',
  /** Where a figure is printed, on its card and in the open-data table. */
  paragraphSource: (number: string, paragraph: number) => `${sectionPlace(number)}, đoạn ${paragraph}`,
  footnoteSource: (number: string, label: string) => `${sectionPlace(number)}, chú thích ${label}`,
  tableSource: (number: string, table: number) => `${sectionPlace(number)}, bảng ${table}`,
  headlineIntro: 'Các con số quan trọng nhất của báo cáo; mỗi thẻ dẫn đến đoạn văn nêu con số đó.',
  keyFiguresIntro: 'Các con số chính của phần này; mỗi thẻ dẫn đến đoạn văn nêu con số đó.',
  /** Figure number before the caption: "Hình 3.". */
  figureNumber: (n: number) => `Hình ${n}.`,
  /** Source line under a chart. */
  source: 'Nguồn:',
  /** "Báo cáo Số: 12/BC-UBND của …"; without the number line when the report has none filled in. */
  sourceReport: (issuer: string, number: string | undefined) => (number ? `Báo cáo ${number} của ${issuer}` : `Báo cáo của ${issuer}`),
  /** "mục II.1.d" in a source line. */
  sourceSection: (number: string) => `mục ${number}`,
  /** "chú thích 15, 16" (linked one by one). */
  footnotes: 'chú thích',
  /** "đoạn 1, 2" in a source line (linked one by one). */
  paragraphs: 'đoạn',
  /** Before the numbers of the tables a figure's numbers come from: "bảng 1". */
  tables: 'bảng',
  tableCaption: (n: number, title: string) => `Số liệu của Hình ${n}: ${title}`,
  tableRegion: (n: number) => `Bảng số liệu Hình ${n}, cuộn ngang được`,
  downloadCsv: 'Tải CSV',
  downloadPng: 'Tải ảnh PNG',
  columnLabel: 'Chỉ tiêu',
  columnValue: (unit: string) => `Giá trị (${unit})`,
  columnPlan: 'Mức đạt (%)',
  columnChange: 'Tăng (+), giảm (−) (%)',
  columnRatio: 'So với kỳ trước (%)',
  columnBasis: 'So với',
  axisPlan: '% kế hoạch',
  axisChange: '% tăng, giảm',
  axisRatio: '% so với kỳ trước',
  /** Dashed line at 100% on plan charts. */
  planLine: 'Kế hoạch: 100%',
  chartKind: {
    bar: 'Biểu đồ cột',
    'horizontal-bar': 'Biểu đồ thanh ngang',
    doughnut: 'Biểu đồ hình vành khuyên',
  },
  /** Accessible name of a chart canvas: kind, title, then each bar. */
  chartSummary: (kind: string, title: string, items: string[]) => `${kind}: ${title}. ${items.join('; ')}.`,
  share: 'tỷ trọng',
  openDataTitle: 'Dữ liệu mở',
  openDataDescription: 'Mọi chỉ số của báo cáo trong một bảng, lọc và sắp xếp được, kèm tệp CSV và JSON để tải về.',
  openDataIntro: 'Mỗi dòng là một chỉ số nêu trong báo cáo, đúng như văn bản in; cột Nguồn dẫn đến đoạn văn hoặc chú thích nêu con số đó.',
  downloadsHeading: 'Tải dữ liệu',
  downloadAllCsv: 'Tất cả chỉ số (CSV, UTF-8)',
  downloadAllJson: 'Tất cả chỉ số (JSON)',
  downloadNote: 'Tệp CSV dùng dấu phẩy phân cách cột và dấu chấm thập phân; mở được bằng Excel với tiếng Việt có dấu.',
  indicatorsHeading: 'Bảng chỉ số',
  indicatorsCaption: (n: number) => `${n} chỉ số của báo cáo`,
  indicatorsRegion: 'Bảng chỉ số, cuộn ngang được',
  colSection: 'Phần',
  colIndicator: 'Chỉ tiêu',
  colValue: 'Giá trị',
  colUnit: 'Đơn vị',
  colPeriod: 'Kỳ',
  colPlan: '% kế hoạch',
  colChange: '% so với kỳ trước',
  colSource: 'Nguồn',
  filterLabel: 'Lọc theo phần',
  filterAll: 'Tất cả các phần',
  sortHint: 'Bấm vào tiêu đề cột để sắp xếp; bấm lần nữa để đảo chiều.',
  figuresHeading: 'Các hình',
  figuresIntro: 'Mỗi hình có bảng số liệu, tệp CSV và ảnh PNG để tải về.',
} as const;

/** Search box, search page and results. */
export const searchText = {
  /** Label of the report filter (shown on a site of several reports). */
  reportFilter: 'Báo cáo',
  /** The filter's option that searches every report. */
  allReports: 'Tất cả các báo cáo',
  boxResults: 'Kết quả tìm kiếm nhanh',
  pageTitle: 'Tìm kiếm',
  pageDescription: 'Tìm trong toàn văn báo cáo: các đoạn, chú thích, nhiệm vụ và số liệu, gõ có dấu hay không dấu đều được.',
  pageLabel: 'Từ khóa',
  results: 'Kết quả tìm kiếm',
  hint: 'Kết quả hiện ngay khi gõ.',
  /** Keys of the search box; shown only where there is a keyboard (hidden on touch screens). */
  keyHint: 'Dùng phím mũi tên lên, xuống để chọn, Enter để mở, Esc để đóng. Phím / đưa con trỏ vào ô tìm kiếm.',
  empty: 'Nhập từ khóa để tìm trong toàn bộ báo cáo; gõ có dấu hay không dấu đều được.',
  loading: 'Đang tải dữ liệu tìm kiếm…',
  count: (n: number, query: string) => `${n} kết quả cho “${query}”`,
  more: (shown: number, total: number) => `Đang hiện ${shown} trên ${total} kết quả.`,
  none: (query: string) => `Không tìm thấy kết quả nào cho “${query}”. Hãy thử bớt từ, kiểm tra chính tả hoặc đọc toàn văn báo cáo.`,
  error: 'Không tải được dữ liệu tìm kiếm. Hãy tải lại trang hoặc đọc toàn văn báo cáo.',
  allResults: (query: string) => `Xem tất cả kết quả cho “${query}”`,
  needsJs: 'Tìm kiếm cần JavaScript, nhưng trình duyệt của bạn đang tắt JavaScript. Bạn vẫn có thể đọc toàn văn báo cáo và tìm trong trang bằng Ctrl+F.',
  readFullText: 'Đọc toàn văn báo cáo',
  kinds: {
    paragraph: 'Đoạn văn',
    footnote: 'Chú thích',
    task: 'Nhiệm vụ',
    title: 'Tiêu đề mục',
    indicator: 'Số liệu',
  },
} as const;

/** Links, citations, footnote previews, printing and sharing. */
export const citeText = {
  /** Name of the control that copies a link to a paragraph, heading or task. */
  copyLinkTo: (target: string) => `Sao chép liên kết đến ${target}`,
  /** Name of the control that opens the citation of a paragraph or footnote. */
  citeTarget: (target: string) => `Trích dẫn ${target}`,
  /** Name of the ¶ / # mark that opens a place's link and citation tools. */
  toolsFor: (target: string) => `Liên kết và trích dẫn ${target}`,
  /** The mark shown after a paragraph or footnote (and in the margin on wide screens). */
  paragraphMark: '¶',
  /** The mark shown after a heading or task title. */
  headingMark: '#',
  /** Button of the tools panel that copies the place's address. */
  copyLink: 'Sao chép liên kết',
  /** Announced (aria-live) after a successful copy. */
  copied: 'Đã sao chép',
  /** Announced when the clipboard is unavailable and the text has been selected instead. */
  selectedToCopy: 'Đã chọn sẵn, nhấn Ctrl+C (hoặc ⌘C) để sao chép',
  /** Heading of a citation box. */
  cite: 'Trích dẫn',
  /** Label of the link field in a citation panel. */
  link: 'Liên kết',
  /** Button that copies a citation. */
  copyCitation: 'Sao chép trích dẫn',
  /** Button that closes a citation panel. */
  close: 'Đóng',
  /** How to cite, under the citation text. */
  citationHint: 'Ngày truy cập là ngày hôm nay trên máy của bạn.',
  /** A section in a citation or control name: "mục II.1.b". */
  section: (sectionNumber: string) => `mục ${sectionNumber}`,
  /** A Q4 task in a citation or control name. */
  task: (n: number) => `nhiệm vụ ${n}`,
  /** A paragraph in a citation or control name. */
  paragraph: (n: number) => `đoạn ${n}`,
  /** A footnote in a citation or control name. */
  footnote: (label: string) => `chú thích ${label}`,
  /** Access date at the end of a citation, a sentence of its own. */
  accessed: (date: string) => `Truy cập ngày ${date}`,
  /** Visible label of a footnote preview. */
  footnotePreview: (label: string) => `Chú thích ${label}`,
  /** Print button. */
  print: 'In / Lưu PDF',
  /** Line under the printed title block: where the page lives online. */
  printedFrom: 'Bản in từ',
} as const;

/** Quality pages and notices. */
export const qualityText = {} as const;

/** Home page, layout, menu and contents (issue 15). */
export const seriesText = {
  heading: 'Qua các kỳ báo cáo',
  /** Heading of one series: its label. */
  of: (label: string) => `${label} qua các kỳ báo cáo`,
  colPeriod: 'Kỳ',
  colValue: 'Giá trị',
  colReport: 'Báo cáo',
  downloadCsv: 'Tải CSV của chuỗi số liệu',
  unitsDiffer: 'Các kỳ ghi khác đơn vị, nên không vẽ chung một biểu đồ; số liệu giữ nguyên như in.',
  periodsDiffer: 'Các kỳ không cùng loại (lũy kế từ đầu năm, một tháng, một quý…), nên không vẽ chung một biểu đồ; số liệu giữ nguyên như in.',
  rowLine: 'Qua các kỳ',
  /** Accessible name of a series table's sideways-scrolling frame (unlike its section's heading, so the two landmarks differ). */
  tableRegion: (label: string) => `Bảng số liệu ${label} qua các kỳ, cuộn ngang được`,
} as const;

export const siteText = {
  /** The site home's title: the issuer's reports. */
  homeTitle: (issuer: string) => `Báo cáo của ${issuer}`,
  homeIntro: 'Mỗi báo cáo giữ nguyên địa chỉ của mình; báo cáo mới nhất ở đầu danh sách.',
  readLatest: 'Đọc báo cáo mới nhất',
  latest: 'Mới nhất',
  reportsHeading: 'Các báo cáo',
} as const;

export const layoutText = {
  /** Heading of the report's main points on the home page. */
  mainPoints: 'Điểm chính',
  mainPointsIntro: 'Những câu tóm tắt của chính báo cáo, trích nguyên văn; mỗi nguồn dẫn đến đoạn văn chứa câu.',
  /** Credit of main points quoting a part's closing paragraph: ("Phần I", "Mục III.2, đoạn 5") → "Đoạn cuối của Phần I — Mục III.2, đoạn 5". */
  closingParagraph: (part: string, place: string) => `Đoạn cuối của ${part} — ${place}`,
  /** Link under the home page's few headline figures to every figure. */
  allFigures: 'Xem tất cả số liệu',
  /** Month and year of issue: "Tháng 10/2021"; a year alone: "Năm 2021". */
  issuedMonth: (month: number, year: number) => `Tháng ${month}/${year}`,
  issuedYear: (year: number) => `Năm ${year}`,
  /** The phone menu button and its list. */
  menu: 'Menu',
  menuLabel: 'Các phần của trang',
  /** Heading of the contents list beside the text. */
  contents: 'Mục lục',
  backToTop: 'Lên đầu trang',
  /** The entry's own figures, under its text's opening. */
  entryFigures: 'Số liệu trong mục này',
  /** Accessible name of a plan meter: "Mức đạt so với kế hoạch". */
  planMeter: (basis: string) => `Mức đạt so với ${basis}`,
  /** Short search placeholder that fits a phone. */
  searchPlaceholderShort: 'Tìm trong báo cáo',
  /** Shown under the search box on the search page and in its description. */
  searchHintShort: 'Gõ không dấu cũng được.',
  /** Footer list of every part of the site, reachable without JavaScript. */
  allParts: 'Các phần của báo cáo',
} as const;

/** Figure pages, embedding, open-data rows and their citations, task evidence (charts-data). */
export const figureText = {
  /** The one disclosure of a figure: its data table, downloads, link, citation and embed code. */
  share: 'Tải về / Chia sẻ',
  /** Added for screen readers to the disclosure's label: " Hình 3". */
  shareOf: (n: number) => ` Hình ${n}`,
  /** Heading of the data table inside the disclosure. */
  table: 'Bảng số liệu',
  /** Label of the figure's address field. */
  link: 'Liên kết',
  /** Button that copies the figure's address. */
  copyLink: 'Sao chép liên kết',
  /** Label of the figure's citation. */
  citation: 'Trích dẫn',
  /** Label of the embed code field. */
  embed: 'Mã nhúng',
  /** Label of the embed code field, with what to do with it. */
  embedLabel: (n: number) => `Mã nhúng Hình ${n}: dán vào trang của bạn`,
  /** Under the embed code: what the snippet does. */
  embedHint: 'Khung tự điều chỉnh chiều cao theo hình nhờ tệp nhung-hinh.js đi kèm.',
  /** Button that copies the embed code. */
  copyEmbed: 'Sao chép mã nhúng',
  /** Announced after a copy. */
  copied: 'Đã sao chép',
  /** Announced when the clipboard refuses and the text is selected instead. */
  selected: 'Đã chọn sẵn, nhấn Ctrl+C (hoặc ⌘C) để sao chép',
  /** Title of an embedded figure's iframe (for screen readers on the host page). */
  embedTitle: (n: number, title: string) => `Hình ${n}: ${title}`,
  /** Meta description of a figure page. */
  figureDescription: (n: number, title: string, report: string) => `Hình ${n}: ${title}, số liệu từ ${report}.`,
  /** Added to the intro of the list of figures on /du-lieu/. */
  figurePagesNote: 'Mỗi hình có trang riêng để trích dẫn và nhúng vào trang khác.',
  /** Button of a row's citation. */
  citeRow: (label: string) => `Trích dẫn: ${label}`,
  /** Visible text of a row's citation button. */
  cite: 'Trích dẫn',
  /** Copy button inside a row's citation. */
  copyCitation: 'Sao chép trích dẫn',
  /** Text filter of the indicator table. */
  searchLabel: 'Lọc theo chữ',
  /** Placeholder of the text filter. */
  searchPlaceholder: 'ví dụ: thach den',
  /** Row count: "12 / 165 chỉ số". */
  rowCount: (shown: number, total: number) => `${shown} / ${total} chỉ số`,
  /** Header of the column of citation buttons. */
  colCite: 'Trích dẫn',
  /** Heading of a task's related difficulties. */
  relatedDifficulties: 'Khó khăn, hạn chế liên quan',
  /** Link to an indicator's row in the open-data table. */
  rowLink: 'Xem trong bảng số liệu',
  /** Task count on cards: "13 nhiệm vụ". */
  taskCount: (n: number) => `${n} nhiệm vụ`,
} as const;
