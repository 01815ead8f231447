// The lineage graph: dagre lays the DAG out left to right, the site draws it as SVG (nodes are DOM elements,
// so they are clickable, searchable and testable). Wheel zooms, drag pans.
import dagre from '@dagrejs/dagre';
import { reachable } from './project.js';

const SVG = 'http://www.w3.org/2000/svg';
const GRAPH_TYPES = new Set(['model', 'seed', 'snapshot', 'source', 'exposure', 'analysis']);
const NODE_HEIGHT = 34;

/** The ids a lineage view shows: everything, or one node with all its ancestors and descendants. */
export function lineageIds(project, focusId) {
  if (!focusId) {
    return new Set([...project.resources.values()].filter((resource) => GRAPH_TYPES.has(resource.resource_type)).map((resource) => resource.uniqueId));
  }
  const ids = new Set([focusId, ...reachable(project.parents, focusId), ...reachable(project.children, focusId)]);
  return new Set([...ids].filter((id) => GRAPH_TYPES.has(project.resources.get(id).resource_type)));
}

/** Draws the graph of `ids` into `container`; `onSelect(uniqueId)` runs when a node is clicked. */
export function drawLineage(container, project, ids, focusId, onSelect) {
  const upstream = focusId ? reachable(project.parents, focusId) : new Set();
  const downstream = focusId ? reachable(project.children, focusId) : new Set();
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 18, ranksep: 70, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of [...ids].sort()) {
    const resource = project.resources.get(id);
    graph.setNode(id, { label: resource.label, width: Math.max(110, resource.label.length * 7.4 + 28), height: NODE_HEIGHT });
  }
  for (const id of ids) {
    for (const parent of project.parents.get(id) || []) {
      if (ids.has(parent)) {
        graph.setEdge(parent, id);
      }
    }
  }
  dagre.layout(graph);
  const { width, height } = graph.graph();

  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'lineage');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', focusId ? `Lineage of ${project.resources.get(focusId).label}` : 'Project lineage');
  const viewBox = { x: 0, y: 0, width: Math.max(width, 200), height: Math.max(height, 80) };
  const applyViewBox = () => svg.setAttribute('viewBox', `${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`);
  applyViewBox();
  svg.innerHTML = '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
    + '<path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head"/></marker></defs>';
  const scene = document.createElementNS(SVG, 'g');
  svg.appendChild(scene);

  for (const edge of graph.edges()) {
    const points = graph.edge(edge).points;
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', points.map((point, index) => `${index === 0 ? 'M' : 'L'} ${point.x} ${point.y}`).join(' '));
    path.setAttribute('class', 'graph-edge');
    path.setAttribute('marker-end', 'url(#arrow)');
    path.dataset.from = edge.v;
    path.dataset.to = edge.w;
    scene.appendChild(path);
  }
  for (const id of graph.nodes()) {
    const layout = graph.node(id);
    const resource = project.resources.get(id);
    const relation = id === focusId ? 'focus' : upstream.has(id) ? 'upstream' : downstream.has(id) ? 'downstream' : 'none';
    const group = document.createElementNS(SVG, 'g');
    group.setAttribute('class', `graph-node type-${resource.resource_type} relation-${relation}`);
    group.setAttribute('transform', `translate(${layout.x - layout.width / 2}, ${layout.y - layout.height / 2})`);
    group.setAttribute('tabindex', '0');
    group.setAttribute('role', 'link');
    group.dataset.uniqueId = id;
    group.dataset.relation = relation;
    const box = document.createElementNS(SVG, 'rect');
    box.setAttribute('width', layout.width);
    box.setAttribute('height', layout.height);
    box.setAttribute('rx', 6);
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('x', layout.width / 2);
    text.setAttribute('y', layout.height / 2 + 4);
    text.setAttribute('text-anchor', 'middle');
    text.textContent = resource.label;
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `${resource.resource_type} ${id}`;
    group.append(title, box, text);
    group.addEventListener('click', () => onSelect(id));
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        onSelect(id);
      }
    });
    scene.appendChild(group);
  }
  enablePanAndZoom(svg, viewBox, applyViewBox);
  container.replaceChildren(svg);
  return svg;
}

function enablePanAndZoom(svg, viewBox, applyViewBox) {
  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    const factor = event.deltaY > 0 ? 1.15 : 1 / 1.15;
    const bounds = svg.getBoundingClientRect();
    const pointX = viewBox.x + ((event.clientX - bounds.left) / bounds.width) * viewBox.width;
    const pointY = viewBox.y + ((event.clientY - bounds.top) / bounds.height) * viewBox.height;
    viewBox.width *= factor;
    viewBox.height *= factor;
    viewBox.x = pointX - (pointX - viewBox.x) * factor;
    viewBox.y = pointY - (pointY - viewBox.y) * factor;
    applyViewBox();
  }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', (event) => {
    if (event.target.closest('.graph-node')) {
      return;
    }
    drag = { x: event.clientX, y: event.clientY };
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener('pointermove', (event) => {
    if (drag) {
      const bounds = svg.getBoundingClientRect();
      viewBox.x -= ((event.clientX - drag.x) / bounds.width) * viewBox.width;
      viewBox.y -= ((event.clientY - drag.y) / bounds.height) * viewBox.height;
      drag = { x: event.clientX, y: event.clientY };
      applyViewBox();
    }
  });
  svg.addEventListener('pointerup', () => {
    drag = null;
  });
}
