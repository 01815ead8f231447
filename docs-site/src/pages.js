// The pages: overview, one node (overview, columns, code, lineage), the project lineage, search results.
import { element, nodeLink } from './dom.js';
import { columnsOf } from './project.js';
import { drawLineage, lineageIds } from './lineage.js';

const TABS = [
  { id: 'overview', title: 'Overview' },
  { id: 'code', title: 'Code' },
  { id: 'lineage', title: 'Lineage' },
];

export function overviewPage(project) {
  const counts = new Map();
  for (const resource of project.resources.values()) {
    counts.set(resource.resource_type, (counts.get(resource.resource_type) || 0) + 1);
  }
  return [
    element('h1', {}, `Project ${project.name}`),
    element('p', { class: 'muted' }, `Generated ${project.generatedAt}. Pick a node in the tree, search, or open the lineage graph.`),
    element('ul', { class: 'counts' }, [...counts].sort().map(([type, count]) => element('li', {}, `${count} ${type}${count === 1 ? '' : 's'}`))),
  ];
}

export function projectLineagePage(project, navigate) {
  const container = element('div', { class: 'graph-container', id: 'lineage-graph' });
  drawLineage(container, project, lineageIds(project, null), null, (id) => navigate(`#!/node/${encodeURIComponent(id)}/lineage`));
  return [element('h1', {}, 'Project lineage'), legend(), container];
}

export function nodePage(project, uniqueId, tab, navigate) {
  const resource = project.resources.get(uniqueId);
  if (!resource) {
    return [element('h1', {}, 'Not found'), element('p', {}, `No node ${uniqueId} in manifest.json.`)];
  }
  const base = `#!/node/${encodeURIComponent(uniqueId)}`;
  const tabs = element('nav', { class: 'tabs', role: 'tablist' }, TABS.map((entry) => element('a', {
    href: `${base}/${entry.id}`, role: 'tab', class: entry.id === tab ? 'tab active' : 'tab', 'data-tab': entry.id, 'aria-selected': String(entry.id === tab),
  }, entry.title)));
  const header = element('header', { class: 'node-header' },
    element('span', { class: `badge type-${resource.resource_type}` }, resource.resource_type),
    element('h1', { id: 'node-name' }, resource.label),
    element('code', { class: 'relation' }, resource.relation_name || ''));
  let body;
  if (tab === 'code') {
    body = codeTab(resource);
  } else if (tab === 'lineage') {
    const container = element('div', { class: 'graph-container', id: 'lineage-graph' });
    drawLineage(container, project, lineageIds(project, uniqueId), uniqueId, (id) => navigate(`#!/node/${encodeURIComponent(id)}/lineage`));
    body = [legend(), container];
  } else {
    body = overviewTab(project, resource);
  }
  return [header, tabs, element('div', { class: 'tab-body', 'data-tab-body': tab }, body)];
}

function overviewTab(project, resource) {
  const tests = project.testsOf.get(resource.uniqueId) || [];
  return [
    section('Description', 'description', element('p', { class: resource.description ? 'description' : 'description muted' },
      resource.description || 'This node is not documented yet.')),
    section('Details', 'details', detailsTable(resource)),
    section('Columns', 'columns', columnsTable(resource, tests)),
    section('Tests', 'tests', tests.length === 0 ? element('p', { class: 'muted' }, 'No tests.')
      : element('ul', {}, tests.map((test) => element('li', {}, nodeLink(project, test.uniqueId),
        test.column_name ? element('span', { class: 'muted' }, ` on ${test.column_name}`) : null)))),
    section('Depends on', 'depends-on', linkList(project, project.parents.get(resource.uniqueId))),
    section('Referenced by', 'referenced-by', linkList(project, (project.children.get(resource.uniqueId) || [])
      .filter((id) => project.resources.get(id).resource_type !== 'test'))),
  ];
}

function detailsTable(resource) {
  const config = resource.config || {};
  const table = resource.table;
  const rows = [
    ['Materialization', config.materialized],
    ['File format', config.file_format],
    ['Incremental strategy', config.incremental_strategy],
    ['Unique key', Array.isArray(config.unique_key) ? config.unique_key.join(', ') : config.unique_key],
    ['Partitioned by', Array.isArray(config.partition_by) ? config.partition_by.join(', ') : config.partition_by],
    ['Tags', (resource.tags || config.tags || []).join(', ')],
    ['Database', resource.database],
    ['Schema', resource.schema],
    ['Loader', resource.loader],
    ['Relation type', table && table.metadata.type],
    ['Owner', table && table.metadata.owner],
    ['Table comment', table && table.metadata.comment],
    ['File', resource.original_file_path],
  ];
  for (const stat of Object.values((table && table.stats) || {})) {
    if (stat.include) {
      rows.push([stat.label, stat.value]);
    }
  }
  if (!table && ['model', 'seed', 'snapshot', 'source'].includes(resource.resource_type)) {
    rows.push(['Catalog', 'not in catalog.json (not built yet, or docs generated with --empty-catalog)']);
  }
  return element('table', { class: 'details' }, rows.filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([name, value]) => element('tr', {}, element('th', {}, name), element('td', {}, String(value)))));
}

function columnsTable(resource, tests) {
  const columns = columnsOf(resource);
  if (columns.length === 0) {
    return element('p', { class: 'muted' }, 'No columns documented or found in the catalog.');
  }
  const testsByColumn = new Map();
  for (const test of tests) {
    if (test.column_name) {
      const key = test.column_name.toLowerCase();
      testsByColumn.set(key, [...(testsByColumn.get(key) || []), (test.test_metadata && test.test_metadata.name) || test.name]);
    }
  }
  return element('table', { class: 'columns' },
    element('thead', {}, element('tr', {}, ['Column', 'Type', 'Description', 'Tests'].map((title) => element('th', {}, title)))),
    element('tbody', {}, columns.map((column) => element('tr', { 'data-column': column.name },
      element('td', { class: 'column-name' }, column.name),
      element('td', { class: 'column-type' }, column.type || ''),
      element('td', { class: 'column-description' }, column.description || ''),
      element('td', { class: 'column-tests' }, (testsByColumn.get(column.name.toLowerCase()) || []).join(', '))))));
}

function codeTab(resource) {
  const blocks = [];
  if (resource.resource_type === 'source') {
    blocks.push(section('Relation', 'relation', element('pre', { class: 'sql' }, `select * from ${resource.relation_name}`)));
  }
  if (resource.raw_code) {
    blocks.push(section('Source code', 'raw-code', element('pre', { class: 'sql', id: 'raw-sql' }, resource.raw_code)));
  }
  if (resource.compiled_code) {
    blocks.push(section('Compiled code', 'compiled-code', element('pre', { class: 'sql', id: 'compiled-sql' }, resource.compiled_code)));
  } else if (resource.raw_code) {
    blocks.push(section('Compiled code', 'compiled-code', element('p', { class: 'muted' }, 'Not compiled (run docs generate without --no-compile).')));
  }
  return blocks.length > 0 ? blocks : [element('p', { class: 'muted' }, 'No code.')];
}

export function searchPage(project, query) {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = [...project.resources.values()].filter((resource) => {
    const text = [resource.label, resource.uniqueId, resource.description, ...Object.keys(resource.columns || {}),
      ...Object.values(resource.columns || {}).map((column) => column.description), ...(resource.tags || [])].join(' ').toLowerCase();
    return terms.every((term) => text.includes(term));
  }).sort((left, right) => rank(left, terms) - rank(right, terms) || left.label.localeCompare(right.label));
  return [
    element('h1', {}, `Search: ${query}`),
    element('p', { class: 'muted' }, `${matches.length} result${matches.length === 1 ? '' : 's'}`),
    element('ul', { id: 'search-results' }, matches.map((resource) => element('li', {},
      element('span', { class: `badge type-${resource.resource_type}` }, resource.resource_type), ' ',
      nodeLink(project, resource.uniqueId),
      resource.description ? element('div', { class: 'muted' }, resource.description) : null))),
  ];
}

function rank(resource, terms) {
  return terms.some((term) => resource.label.toLowerCase().includes(term)) ? 0 : 1;
}

function section(title, id, ...content) {
  return element('section', { id, class: 'node-section' }, element('h2', {}, title), content);
}

function linkList(project, ids) {
  return !ids || ids.length === 0 ? element('p', { class: 'muted' }, 'None.')
    : element('ul', {}, [...ids].sort().map((id) => element('li', {}, nodeLink(project, id))));
}

function legend() {
  return element('p', { class: 'legend' },
    element('span', { class: 'swatch relation-upstream' }, 'upstream'),
    element('span', { class: 'swatch relation-focus' }, 'this node'),
    element('span', { class: 'swatch relation-downstream' }, 'downstream'),
    element('span', { class: 'muted' }, ' · click a node to open it, scroll to zoom, drag to pan'));
}
