export {
  ExperimentResultsSchema,
  ReportConditionSchema,
  ReportClaimSchema,
  ReportComparisonSchema,
  ReportAuditSummarySchema,
  ReportTrainingSetSchema,
} from './experimentResultsSchema.js';
export type {
  ExperimentResultsData,
  ExperimentResultsInput,
  ReportCondition,
  ReportClaim,
  ReportComparison,
  ReportAuditSummary,
  ReportAuditSummaryInput,
  ReportTrainingSet,
  ReportTrainingSetInput,
} from './experimentResultsSchema.js';
export { ExperimentResults, createExperimentResults } from './ExperimentResults.js';
export { formatExperimentReport, EXPERIMENT_REPORT_FORMATS } from './formatExperimentReport.js';
export type { ExperimentReportFormat } from './formatExperimentReport.js';
export { renderHtmlReport } from './renderHtmlReport.js';
export type { HtmlReportOptions } from './renderHtmlReport.js';
export { renderResultsBrowser } from './renderResultsBrowser.js';
export type { ResultsBrowserSample } from './renderResultsBrowser.js';
export { readResultsBrowserData } from './readResultsBrowserData.js';
export type { ResultsBrowserData } from './readResultsBrowserData.js';
export { renderMarkdownReport } from './renderMarkdownReport.js';
export { renderTextReport } from './renderTextReport.js';
export { renderBarChartSvg, CHART_LAYOUT } from './renderBarChartSvg.js';
export { beliefChartSpec, evalTypeChartSpec } from './chartData.js';
export type { BarChartSpec, ChartGroup, ChartBar, ChartSeries } from './chartData.js';
export { escapeHtml } from '../util/escapeHtml.js';
export { readExperimentResults, RESULTS_FILE_NAME } from './readExperimentResults.js';
export { ReportLineChartSchema, LineChartSeriesSchema, LineChartPointSchema, firstCrossing } from './lineChartSchema.js';
export type { ReportLineChart, ReportLineChartInput, LineChartSeries, LineChartPoint } from './lineChartSchema.js';
export { renderLineChartSvg, LINE_CHART_LAYOUT } from './renderLineChartSvg.js';
export { crossingSentences, lineChartTable } from './lineChartReport.js';
export { beliefCurveSeries } from './beliefCurveSeries.js';
export type { BeliefCurveOptions } from './beliefCurveSeries.js';
