// Entry point: load the artifacts, draw the tree, route on the URL hash (#!/overview, #!/lineage,
// #!/node/<unique id>[/overview|/code|/lineage], #!/search/<query>).
import './style.css';
import { loadProject } from './project.js';
import { highlight, renderTree } from './tree.js';
import { nodePage, overviewPage, projectLineagePage, searchPage } from './pages.js';

const page = document.getElementById('page');
const tree = document.getElementById('tree');
const search = document.getElementById('search');
let loaded = null;

function navigate(hash) {
  if (window.location.hash === hash) {
    route(loaded);
  } else {
    window.location.hash = hash;
  }
}

function route(project) {
  const hash = decodeURIComponent(window.location.hash.replace(/^#!?\/?/, ''));
  const [kind, ...rest] = hash.split('/');
  let content;
  if (kind === 'node' && rest.length > 0) {
    const tabs = ['overview', 'code', 'lineage'];
    const tab = tabs.includes(rest[rest.length - 1]) && rest.length > 1 ? rest.pop() : 'overview';
    const uniqueId = rest.join('/');
    content = nodePage(project, uniqueId, tab, navigate);
    highlight(tree, uniqueId);
    document.title = `${uniqueId} · gluedbt docs`;
  } else if (kind === 'lineage') {
    content = projectLineagePage(project, navigate);
  } else if (kind === 'search') {
    content = searchPage(project, rest.join('/'));
  } else {
    content = overviewPage(project);
  }
  page.replaceChildren(...content);
  page.scrollTop = 0;
}

async function start() {
  let project;
  try {
    project = await loadProject('.');
  } catch (error) {
    page.replaceChildren(Object.assign(document.createElement('p'), {
      className: 'error',
      textContent: `Cannot load the project's artifacts: ${error.message}. Serve this folder over HTTP (gluedbt docs serve).`,
    }));
    return;
  }
  document.getElementById('project-name').textContent = project.name;
  renderTree(tree, project);
  loaded = project;
  const show = () => route(project);
  window.addEventListener('hashchange', show);
  let pending = null;
  search.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (search.value.trim()) {
        window.location.hash = `#!/search/${encodeURIComponent(search.value.trim())}`;
      }
    }, 150);
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      const first = page.querySelector('#search-results a.node-link');
      if (first) {
        window.location.hash = first.getAttribute('href');
      }
    }
  });
  show();
  document.body.dataset.ready = 'true';
}

start();
