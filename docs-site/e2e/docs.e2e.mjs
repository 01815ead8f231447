// Browser test of the docs site on the NYC taxi demo, in headless Chromium (Debian's, driven by playwright-core).
// Usage: node e2e/docs.e2e.mjs <site url> <screenshot directory>
// Environment: CHROMIUM_PATH (default /usr/bin/chromium). Exits 1 with the failed check on stderr.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [url, screenshots] = process.argv.slice(2);
if (!url || !screenshots) {
  console.error('usage: node e2e/docs.e2e.mjs <site url> <screenshot directory>');
  process.exit(2);
}
const GOLD = 'model.dbt_glue_demo.gold_cost_metrics';
const SILVER = 'model.dbt_glue_demo.silver_avg_metrics';
const SOURCE = 'source.dbt_glue_demo.data_source.records';
const PASSENGERS = 'model.dbt_glue_demo.gold_passengers_metrics';
const GOLD_COLUMNS = {
  avg_cost_per_distance: 'The average cost per distance of a NYC Taxi trip',
  avg_cost_per_minute: 'The average cost per minute of a NYC Taxi trip',
  year: 'The year of the NYC Taxi trip',
  month: 'The month of the NYC Taxi trip',
  type: 'The type of the NYC Taxi',
};

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
  console.log(`ok - ${message}`);
}

mkdirSync(screenshots, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const origin = new URL(url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.route('**/*', (route) => {
    if (new URL(route.request().url()).origin !== origin) {
      problems.push(`request outside the site: ${route.request().url()}`);
      return route.abort();
    }
    return route.continue();
  });

  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  check((await page.textContent('#project-name')) === 'dbt_glue_demo', 'the header names the project');

  // The tree: Models > gold > gold_cost_metrics.
  const models = page.locator('#tree details.section-model');
  await models.locator('details.folder > summary', { hasText: /^gold$/ }).click();
  const goldItem = models.locator(`.tree-item[data-unique-id="${GOLD}"]`);
  check(await goldItem.isVisible(), 'gold_cost_metrics is in the tree under models/gold');
  await goldItem.click();
  await page.waitForSelector('#node-name');
  check((await page.textContent('#node-name')) === 'gold_cost_metrics', 'clicking it opens its page');
  check((await page.textContent('#description')).includes('This table has metrics per cost based on NYC Taxi Open Data'),
    'the page shows the model description');

  // Columns with descriptions (schema.yml) and types (catalog.json).
  const rows = await page.$$eval('table.columns tbody tr', (trs) => trs.map((tr) => ({
    name: tr.querySelector('.column-name').textContent,
    type: tr.querySelector('.column-type').textContent,
    description: tr.querySelector('.column-description').textContent,
  })));
  for (const [name, description] of Object.entries(GOLD_COLUMNS)) {
    const row = rows.find((candidate) => candidate.name === name);
    check(row && row.description === description, `column ${name} reads "${description}"`);
  }
  check(rows.find((row) => row.name === 'avg_cost_per_distance').type === 'double', 'column types come from catalog.json');
  check((await page.textContent('#details')).includes('incremental'), 'the materialization is shown');
  check((await page.textContent('#depends-on')).includes('silver_avg_metrics'), 'depends_on lists silver_avg_metrics');
  await page.screenshot({ path: join(screenshots, 'gold_cost_metrics.png'), fullPage: true });

  // Code tab: raw and compiled SQL.
  await page.click('.tabs a[data-tab="code"]');
  await page.waitForSelector('#compiled-sql');
  check((await page.textContent('#raw-sql')).includes("ref('silver_avg_metrics')"), 'the raw SQL has the ref()');
  check((await page.textContent('#compiled-sql')).includes('dbt_glue_demo_nyc_metrics.silver_avg_metrics'), 'the compiled SQL names the relation');

  // Lineage of gold_cost_metrics: silver upstream, the source upstream of it, the sibling gold model absent.
  await page.click('.tabs a[data-tab="lineage"]');
  await page.waitForSelector('svg.lineage .graph-node');
  const nodes = await page.$$eval('svg.lineage .graph-node', (groups) => groups.map((group) => ({
    id: group.dataset.uniqueId, relation: group.dataset.relation, label: group.querySelector('text').textContent,
  })));
  const byId = Object.fromEntries(nodes.map((node) => [node.id, node]));
  check(byId[GOLD] && byId[GOLD].relation === 'focus', 'the lineage is centred on gold_cost_metrics');
  check(byId[SILVER] && byId[SILVER].relation === 'upstream', 'silver_avg_metrics is upstream');
  check(byId[SOURCE] && byId[SOURCE].relation === 'upstream' && byId[SOURCE].label === 'data_source.records',
    'the source data_source.records is upstream');
  check(!byId[PASSENGERS], 'gold_passengers_metrics (a sibling) is not in this lineage');
  check((await page.$$('svg.lineage path.graph-edge')).length === 2, 'two edges: source -> silver -> gold');
  await page.screenshot({ path: join(screenshots, 'gold_cost_metrics-lineage.png'), fullPage: true });

  // Graph nodes navigate: silver's lineage has both gold models downstream.
  await page.click(`svg.lineage .graph-node[data-unique-id="${SILVER}"]`);
  await page.waitForFunction(() => document.querySelector('#node-name')?.textContent === 'silver_avg_metrics');
  const downstream = await page.$$eval('svg.lineage .graph-node[data-relation="downstream"]', (groups) => groups.map((group) => group.dataset.uniqueId).sort());
  check(JSON.stringify(downstream) === JSON.stringify([GOLD, PASSENGERS]), 'clicking silver_avg_metrics opens its lineage with both gold models downstream');

  // Project lineage and search.
  await page.click('#project-lineage');
  await page.waitForFunction(() => document.querySelectorAll('svg.lineage .graph-node').length === 4);
  check(true, 'the project lineage shows the source and the three models');
  await page.fill('#search', 'passenger');
  await page.waitForSelector('#search-results a.node-link');
  const results = await page.$$eval('#search-results a.node-link', (links) => links.map((link) => link.dataset.uniqueId));
  check(results[0] === PASSENGERS, 'searching "passenger" finds gold_passengers_metrics first');
  await page.press('#search', 'Enter');
  await page.waitForFunction(() => document.querySelector('#node-name')?.textContent === 'gold_passengers_metrics');
  check(true, 'Enter opens the first search result');

  check(problems.length === 0, `no console errors, failed or outside requests${problems.length ? ': ' + problems.join('; ') : ''}`);
} catch (error) {
  console.error(`not ok - ${error.message}`);
  for (const problem of problems) {
    console.error(`  ${problem}`);
  }
  process.exitCode = 1;
} finally {
  await browser.close();
}
