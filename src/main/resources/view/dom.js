// Small DOM helpers. Data from the store only ever becomes text (text nodes, textContent), never markup.

export const $ = (id) => document.getElementById(id);

/** An element with attributes and children; string children become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (k === 'class') e.className = v;
    else if (k === 'style') Object.assign(e.style, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  const add = (c) => {
    if (Array.isArray(c)) c.forEach(add);
    else if (c !== null && c !== undefined && c !== false) e.append(c);
  };
  children.forEach(add);
  return e;
}

/** "GovernmentBody" as "Government body". */
export function spaced(type) {
  const s = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
