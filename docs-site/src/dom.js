// A small element builder: text is always set as text, never parsed as HTML.

export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'class') {
      node.className = value;
    } else if (name.startsWith('data-')) {
      node.setAttribute(name, value);
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

export function nodeLink(project, uniqueId) {
  const resource = project.resources.get(uniqueId);
  const label = resource ? resource.label : uniqueId;
  return element('a', { href: `#!/node/${encodeURIComponent(uniqueId)}`, class: 'node-link', 'data-unique-id': uniqueId, title: uniqueId }, label);
}
