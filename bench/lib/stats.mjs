// Medians, percentiles and the results table.

export function median(values) {
  return percentile(values, 50);
}

export function percentile(values, p) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

const UNITS = {
  ms: (v) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`,
  bytes: (v) => (v >= 1024 * 1024 ? `${(v / 1024 / 1024).toFixed(2)} MiB` : v >= 1024 ? `${(v / 1024).toFixed(1)} KiB` : `${Math.round(v)} B`),
  count: (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1)),
  'msg/s': (v) => `${Math.round(v).toLocaleString('en-US')} msg/s`,
};

export function formatValue(value, unit) {
  if (value === null || value === undefined) return '—';
  return (UNITS[unit] ?? UNITS.count)(value);
}

/**
 * One table row: medians of both sides, the ratio Warren / official and, when the issue sets
 * a target for it, whether the ratio meets it.
 */
export function summarize({ section, name, unit, warren, official, target, higherIsBetter = false, note }) {
  const w = median(warren);
  const o = median(official);
  const ratio = w !== null && o !== null && o !== 0 ? w / o : null;
  return {
    section,
    name,
    unit,
    warren: w,
    official: o,
    ratio,
    target: target ?? null,
    higherIsBetter,
    meets: target && ratio !== null ? (higherIsBetter ? ratio >= target : ratio <= target) : null,
    samples: { warren: warren.length, official: official.length },
    note: note ?? null,
  };
}

export function markdownTable(rows) {
  const lines = [
    '| Section | Measurement | Warren (median) | Official UI (median) | Warren / official | Target |',
    '|---|---|---:|---:|---:|---|',
  ];
  for (const row of rows) {
    const ratio = row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`;
    const target = row.target ? `${row.higherIsBetter ? '≥' : '≤'} ${row.target}× ${row.meets ? '✅' : '❌'}` : '';
    const name = row.note ? `${row.name} ¹` : row.name;
    lines.push(`| ${row.section} | ${name} | ${formatValue(row.warren, row.unit)} | ${formatValue(row.official, row.unit)} | ${ratio} | ${target} |`);
  }
  const notes = rows.filter((r) => r.note);
  if (notes.length) {
    lines.push('');
    for (const row of notes) lines.push(`¹ ${row.name}: ${row.note}`);
  }
  return lines.join('\n');
}
