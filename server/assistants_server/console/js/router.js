// Hash routes ("#/threads/thread_abc/runs/run_xyz"): the page is chosen in the browser, so the
// server serves one index.html and nothing else. A page's render returns an optional cleanup
// (stop polling, abort a stream) called when the user leaves it.

const routes = [];
let cleanup = null;
let generation = 0;

/** route("/threads/:thread/runs/:run", render): render(container, {thread, run}). */
export function route(pattern, render) {
  const names = [];
  const source = pattern.replace(/:([a-z]+)/g, (_, name) => {
    names.push(name);
    return "([^/]+)";
  });
  routes.push({ regex: new RegExp(`^${source}$`), names, render });
}

export function match(path) {
  for (const entry of routes) {
    const found = entry.regex.exec(path);
    if (found) {
      const params = {};
      entry.names.forEach((name, i) => {
        params[name] = decodeURIComponent(found[i + 1]);
      });
      return { render: entry.render, params };
    }
  }
  return null;
}

export function currentPath() {
  const path = location.hash.replace(/^#/, "");
  return path || "/assistants";
}

export function go(path) {
  location.hash = `#${path}`;
}

/** Draw the page for the current hash into `container` (the previous page cleaned up first). */
export async function show(container, notFound) {
  if (cleanup) {
    try {
      cleanup();
    } catch {
      // a page's cleanup failing must not stop the next page
    }
  }
  cleanup = null;
  const mine = ++generation;
  const found = match(currentPath());
  container.replaceChildren();
  if (!found) {
    notFound(container);
    return;
  }
  const result = await found.render(container, found.params);
  if (typeof result === "function") {
    if (mine === generation) cleanup = result;
    else result();
  }
}

/** Whether the page drawn by `show` is still the one on screen (for async work that returns). */
export function stillOn(path) {
  return currentPath() === path;
}
