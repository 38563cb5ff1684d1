// The scenarios' results: one row each in the printed table and in bench/results/<date>.json.
'use strict';

const { round } = require('./log');

/**
 * A scenario's target, written once: `text` is what the table and the JSON show, `met` checks
 * a measurement against the same thresholds (each scenario builds the text from its constants).
 */
const target = (text, met) => ({ text, met });

function results() {
  const rows = [];
  /** One row; `target` is the scenario's target() and `met` what its check returned. */
  function record(id, fields) {
    rows.push({
      id,
      metric: fields.metric,
      unit: fields.unit,
      value: fields.value === null ? null : round(fields.value),
      baseline: fields.baseline === undefined || fields.baseline === null ? null : round(fields.baseline),
      ratio: fields.ratio === undefined || fields.ratio === null ? null : round(fields.ratio, 3),
      // Latency scenarios: the worst round's p99 (ms).
      ...(fields.p99 !== undefined ? { p99: fields.p99 } : {}),
      target: fields.target.text,
      met: Boolean(fields.met),
      // Ratio scenarios: every alternating round (value, baseline, ratio); the figures above are the median round's.
      ...(fields.rounds ? { rounds: fields.rounds } : {}),
    });
  }
  return { rows, record };
}

function printTable(rows) {
  // Ratios first: a share of what this machine did for the same work in the same run.
  const table = [['scenario', 'ratio', 'value', 'baseline', 'p99', 'target', 'met', 'metric']];
  for (const s of rows) {
    table.push([
      s.id,
      s.ratio === null ? '-' : String(s.ratio),
      s.value === null ? '-' : `${s.value} ${s.unit}`,
      s.baseline === null ? '-' : `${s.baseline} ${s.unit}`,
      s.p99 === undefined ? '-' : `${s.p99} ms`,
      s.target,
      s.met ? 'yes' : 'NO',
      s.metric,
    ]);
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => [...r[i]].length)));
  const line = (r) => r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ');
  console.log(['', line(table[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...table.slice(1).map(line), ''].join('\n'));
}

module.exports = { target, results, printTable };
