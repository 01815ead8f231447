// The navigation tree: models by folder, sources by source, then seeds, snapshots, analyses, tests, exposures.

const SECTIONS = [
  { title: 'Models', type: 'model', folders: true },
  { title: 'Sources', type: 'source', folders: false },
  { title: 'Seeds', type: 'seed', folders: true },
  { title: 'Snapshots', type: 'snapshot', folders: true },
  { title: 'Analyses', type: 'analysis', folders: true },
  { title: 'Tests', type: 'test', folders: false },
  { title: 'Exposures', type: 'exposure', folders: false },
];

export function renderTree(container, project) {
  container.replaceChildren();
  for (const section of SECTIONS) {
    const members = [...project.resources.values()].filter((resource) => resource.resource_type === section.type);
    if (members.length === 0) {
      continue;
    }
    const root = folder(section.title, true, `section-${section.type}`);
    const tree = { folders: new Map(), items: [] };
    for (const resource of members) {
      insert(tree, pathOf(resource, section), resource);
    }
    fill(root.querySelector('ul'), tree);
    container.appendChild(root);
  }
}

/** Marks the current node and opens the folders that hold it. */
export function highlight(container, uniqueId) {
  for (const item of container.querySelectorAll('.tree-item.active')) {
    item.classList.remove('active');
  }
  const item = container.querySelector(`.tree-item[data-unique-id="${CSS.escape(uniqueId)}"]`);
  if (item) {
    item.classList.add('active');
    for (let element = item.parentElement; element && element !== container; element = element.parentElement) {
      if (element.tagName === 'DETAILS') {
        element.open = true;
      }
    }
    item.scrollIntoView({ block: 'nearest' });
  }
}

function pathOf(resource, section) {
  if (resource.resource_type === 'source') {
    return [resource.source_name];
  }
  if (!section.folders) {
    return [];
  }
  const folders = (resource.path || '').split('/').slice(0, -1);
  const project = resource.package_name;
  return project && resource.fqn && resource.fqn[0] !== project ? [resource.fqn[0], ...folders] : folders;
}

function insert(tree, folders, resource) {
  let level = tree;
  for (const name of folders) {
    if (!level.folders.has(name)) {
      level.folders.set(name, { folders: new Map(), items: [] });
    }
    level = level.folders.get(name);
  }
  level.items.push(resource);
}

function fill(list, tree) {
  for (const name of [...tree.folders.keys()].sort()) {
    const item = document.createElement('li');
    const child = folder(name, false, 'folder');
    fill(child.querySelector('ul'), tree.folders.get(name));
    item.appendChild(child);
    list.appendChild(item);
  }
  for (const resource of tree.items.sort((left, right) => left.name.localeCompare(right.name))) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.className = `tree-item type-${resource.resource_type}`;
    link.href = `#!/node/${encodeURIComponent(resource.uniqueId)}`;
    link.dataset.uniqueId = resource.uniqueId;
    link.textContent = resource.name;
    link.title = resource.uniqueId;
    item.appendChild(link);
    list.appendChild(item);
  }
}

function folder(title, open, className) {
  const details = document.createElement('details');
  details.className = className;
  details.open = open;
  const summary = document.createElement('summary');
  summary.textContent = title;
  details.append(summary, document.createElement('ul'));
  return details;
}
