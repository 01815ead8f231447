// The project as the site sees it: manifest.json (nodes, sources, depends_on) joined with catalog.json
// (column types, table metadata and statistics), plus the lineage edges in both directions.

const DOCUMENTED_TYPES = ['model', 'seed', 'snapshot', 'test', 'analysis', 'source', 'exposure'];

export async function loadProject(base = '.') {
  const [manifest, catalog] = await Promise.all([fetchJson(`${base}/manifest.json`, true), fetchJson(`${base}/catalog.json`, false)]);
  return buildProject(manifest, catalog || { nodes: {}, sources: {} });
}

async function fetchJson(url, required) {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) {
    if (required) {
      throw new Error(`${url}: HTTP ${response.status}`);
    }
    return null;
  }
  return response.json();
}

export function buildProject(manifest, catalog) {
  const resources = new Map();
  for (const [id, node] of Object.entries(manifest.nodes || {})) {
    if (DOCUMENTED_TYPES.includes(node.resource_type)) {
      resources.set(id, { ...node, uniqueId: id, label: node.name, table: (catalog.nodes || {})[id] || null });
    }
  }
  for (const [id, source] of Object.entries(manifest.sources || {})) {
    resources.set(id, {
      ...source,
      resource_type: 'source',
      uniqueId: id,
      label: `${source.source_name}.${source.name}`,
      table: (catalog.sources || {})[id] || null,
    });
  }
  for (const [id, exposure] of Object.entries(manifest.exposures || {})) {
    resources.set(id, { ...exposure, resource_type: 'exposure', uniqueId: id, label: exposure.name, table: null });
  }
  const parents = new Map();
  const children = new Map();
  for (const id of resources.keys()) {
    parents.set(id, []);
    children.set(id, []);
  }
  for (const [id, resource] of resources) {
    for (const parent of (resource.depends_on && resource.depends_on.nodes) || []) {
      if (resources.has(parent)) {
        parents.get(id).push(parent);
        children.get(parent).push(id);
      }
    }
  }
  const testsOf = new Map();
  for (const resource of resources.values()) {
    if (resource.resource_type === 'test') {
      const attached = resource.attached_node || ((resource.depends_on && resource.depends_on.nodes) || [])[0];
      if (attached) {
        if (!testsOf.has(attached)) {
          testsOf.set(attached, []);
        }
        testsOf.get(attached).push(resource);
      }
    }
  }
  return {
    name: (manifest.metadata && manifest.metadata.project_name) || '',
    generatedAt: (catalog.metadata && catalog.metadata.generated_at) || (manifest.metadata && manifest.metadata.generated_at) || '',
    resources,
    parents,
    children,
    testsOf,
  };
}

/** The columns of a resource: documented ones first in their order, then any the catalog adds, with types. */
export function columnsOf(resource) {
  const documented = resource.columns || {};
  const live = (resource.table && resource.table.columns) || {};
  const byName = new Map();
  for (const [name, column] of Object.entries(documented)) {
    byName.set(name.toLowerCase(), { name, description: column.description || '', type: column.data_type || '', index: null });
  }
  for (const column of Object.values(live).sort((left, right) => left.index - right.index)) {
    const key = column.name.toLowerCase();
    const known = byName.get(key);
    if (known) {
      known.type = column.type;
      known.index = column.index;
      known.comment = column.comment;
    } else {
      byName.set(key, { name: column.name, description: column.comment || '', type: column.type, index: column.index });
    }
  }
  const columns = [...byName.values()];
  if (columns.every((column) => column.index !== null)) {
    columns.sort((left, right) => left.index - right.index);
  }
  return columns;
}

/** Every resource reachable upstream (parents) or downstream (children) of one node. */
export function reachable(edges, start) {
  const seen = new Set();
  const queue = [...(edges.get(start) || [])];
  while (queue.length > 0) {
    const next = queue.shift();
    if (!seen.has(next)) {
      seen.add(next);
      queue.push(...(edges.get(next) || []));
    }
  }
  return seen;
}
