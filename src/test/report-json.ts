/** A valid report.json for schema tests, each changing one thing of it. */
export const validReportJson = {
  issuer: 'Ủy ban nhân dân tỉnh Thử',
  shortTitle: 'Báo cáo thử',
  description: 'Mô tả.',
  year: 2030,
  date: '2030-04-15',
  documentType: 'BÁO CÁO',
  number: 'Số: /BC-UBND',
  placeDate: 'Thử, ngày tháng 4 năm 2030',
  title: 'Báo cáo\nthử',
  defaultPeriod: 'quý I 2030',
  signature: { lines: ['CHỦ TỊCH'], name: 'Nguyễn Văn A' },
  sections: [{ collection: 'economy', segment: 'kinh-te', title: 'Kinh tế', description: 'Kinh tế.' }],
};
