// Reads the Lighthouse reports of one page (one or several runs), prints one line with the median of each score and
// of the bytes, and exits 1 when a median misses its target. Used by deploy/lib/lighthouse.sh.
const fs = require("fs");
const [page, ...files] = process.argv.slice(2);
const reports = files.map(f => JSON.parse(fs.readFileSync(f, "utf8")));
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const score = k => median(reports.map(r => (r.categories[k] && r.categories[k].score) || 0));
const kb = median(reports.map(r => r.audits["total-byte-weight"].numericValue / 1000));
const fcp = median(reports.map(r => r.audits["first-contentful-paint"].numericValue / 1000));
const scores = { performance: score("performance"), accessibility: score("accessibility"),
                 "best practices": score("best-practices"), SEO: score("seo") };
const targets = { performance: 0.95, accessibility: 1, "best practices": 1, SEO: 0.95 };
console.log(`${page.padEnd(40)} ${Object.values(scores).map(s => s.toFixed(2).padStart(6)).join(" ")} `
  + `${kb.toFixed(1).padStart(8)} ${(fcp.toFixed(1) + " s").padStart(8)} ${String(reports.length).padStart(5)}`);
const misses = Object.keys(targets).filter(k => scores[k] < targets[k]);
if (kb > 150) misses.push("bytes");
if (misses.length) {
  console.log(`    below target: ${misses.join(", ")}`);
  const last = reports[reports.length - 1];
  for (const [id, a] of Object.entries(last.audits)) {
    if (a.score !== null && a.score < 0.9 && ["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode)) {
      console.log(`      ${id}: ${a.title}${a.displayValue ? " (" + a.displayValue + ")" : ""}`);
    }
  }
}
process.exit(misses.length ? 1 : 0);
