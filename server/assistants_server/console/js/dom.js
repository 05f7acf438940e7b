// The one way the console builds its page: elements from a fixed list of tags, text only through
// textContent, attributes only from a whitelist (no on* handler, no style, no srcdoc; href and src
// only to this origin's paths, "#..." or blob: object URLs). Nothing a host returns is ever parsed
// as HTML.

const TAGS = new Set([
  "a", "article", "button", "code", "details", "dd", "div", "dl", "dt", "fieldset", "form", "h1", "h2", "h4",
  "h3", "header", "img", "input", "label", "legend", "li", "main", "nav", "ol", "option", "p", "pre",
  "progress", "section", "select", "small", "span", "strong", "summary", "table", "tbody", "td",
  "textarea", "th", "thead", "tr", "ul",
]);
const ATTRIBUTES = new Set([
  "alt", "aria-busy", "aria-current", "aria-describedby", "aria-label", "aria-live", "aria-invalid",
  "checked", "class", "disabled", "download", "for", "hidden", "href", "id", "max", "min", "multiple",
  "name", "placeholder", "role", "rows", "selected", "src", "step", "tabindex", "title", "type", "value",
  "required", "open", "data-id", "data-status",
]);

function safeUrl(value) {
  const text = String(value);
  if (text.startsWith("#") || text.startsWith("blob:")) return text;
  if (text.startsWith("/") && !text.startsWith("//")) return text;
  return "#";
}

/** Set one whitelisted attribute; anything else throws (a bug in the console, not in the data). */
export function setAttribute(node, name, value) {
  if (!ATTRIBUTES.has(name)) throw new Error(`attribute not allowed: ${name}`);
  if (value === false || value === null || value === undefined) return;
  if (name === "href" || name === "src") value = safeUrl(value);
  if (name === "value" && "value" in node) node.value = String(value);
  else node.setAttribute(name, value === true ? "" : String(value));
}

/**
 * h("button", {type: "button", onclick: fn}, "Save"): an element. Keys starting with "on" become
 * event listeners (functions only); the rest go through setAttribute. Children are nodes,
 * strings (as text), arrays of those, or null/false (skipped).
 */
export function h(tag, attrs = {}, ...children) {
  if (!TAGS.has(tag)) throw new Error(`tag not allowed: ${tag}`);
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (name.startsWith("on")) {
      if (typeof value === "function") node.addEventListener(name.slice(2), value);
    } else {
      setAttribute(node, name, value);
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replace everything inside `node` with `children`. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

let fieldCount = 0;

/** A labelled control: h("label") + the control, tied by a fresh id. */
export function field(labelText, control, hint) {
  const id = control.id || `f${++fieldCount}`;
  control.id = id;
  const hintNode = hint ? h("small", { id: `${id}-hint`, class: "hint" }, hint) : null;
  if (hintNode) control.setAttribute("aria-describedby", hintNode.id);
  return h("div", { class: "field" }, h("label", { for: id }, labelText), control, hintNode);
}

/** A textarea holding JSON, checked as it is edited; `.parse()` returns the value or throws. */
export function jsonField(labelText, value, { rows = 4, allowEmpty = true, kind = null } = {}) {
  const area = h("textarea", { rows, class: "json", name: labelText });
  area.value = value === undefined || value === null ? "" : JSON.stringify(value, null, 2);
  const error = h("small", { class: "error", role: "status", "aria-live": "polite" });
  const parse = () => {
    const text = area.value.trim();
    if (!text) {
      if (allowEmpty) return undefined;
      throw new Error(`${labelText}: required`);
    }
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new Error(`${labelText}: not JSON (${err.message})`);
    }
    if (kind === "array" && !Array.isArray(parsed)) throw new Error(`${labelText}: must be a JSON array`);
    if (kind === "object" && (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))) {
      throw new Error(`${labelText}: must be a JSON object`);
    }
    if (kind === "object-or-string" && typeof parsed !== "string" && (typeof parsed !== "object" || parsed === null)) {
      throw new Error(`${labelText}: must be a JSON object or string`);
    }
    return parsed;
  };
  const check = () => {
    try {
      parse();
      area.removeAttribute("aria-invalid");
      error.textContent = "";
    } catch (err) {
      area.setAttribute("aria-invalid", "true");
      error.textContent = err.message;
    }
  };
  area.addEventListener("input", check);
  const wrapper = field(labelText, area);
  wrapper.append(error);
  return { node: wrapper, parse, area };
}

/** A status line that screen readers announce. */
export function statusLine() {
  return h("p", { class: "status", role: "status", "aria-live": "polite" });
}

export function showError(node, err) {
  node.classList.add("error");
  node.textContent = err && err.message ? err.message : String(err);
}

export function showInfo(node, text) {
  node.classList.remove("error");
  node.textContent = text;
}

export function time(seconds) {
  if (!seconds) return "";
  return new Date(seconds * 1000).toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");
}

/** A definition list of [label, value] pairs; values shown as text (objects as JSON). */
export function facts(pairs) {
  return h(
    "dl",
    { class: "facts" },
    pairs
      .filter(([, value]) => value !== undefined && value !== null && value !== "")
      .map(([label, value]) => [
        h("dt", {}, label),
        h("dd", {}, typeof value === "object" && !(value instanceof Node) ? JSON.stringify(value) : value),
      ]),
  );
}

/** Pretty JSON (or text) in a <pre>. */
export function pre(value, label) {
  const text = typeof value === "string" ? value : JSON.stringify(value, null, 2);
  return h("pre", label ? { "aria-label": label, tabindex: 0 } : { tabindex: 0 }, text);
}
