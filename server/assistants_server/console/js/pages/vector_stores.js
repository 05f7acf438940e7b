// Vector stores: the list (create one), and one store: file counts, its files with status,
// last_error and attributes, adding a file, and a search box (searchVectorStore) showing scored
// chunks with their files and attributes, optionally under an attribute filter.

import { del, get, listAll, post } from "../api.js";
import { facts, field, h, jsonField, replace, showError, showInfo, statusLine, time } from "../dom.js";
import { go } from "../router.js";
import { fileLink } from "../render.js";

export async function list(container) {
  const status = statusLine();
  const name = h("input", { type: "text", name: "name" });
  const form = h(
    "form",
    {
      class: "card inline",
      "aria-label": "New vector store",
      onsubmit: async (event) => {
        event.preventDefault();
        try {
          const made = await post("/vector_stores", name.value ? { name: name.value } : {});
          go(`/vector_stores/${made.id}`);
        } catch (err) {
          showError(status, err);
        }
      },
    },
    field("Name", name),
    h("button", { type: "submit" }, "Create vector store"),
  );
  replace(container, h("h2", {}, "Vector stores"), form, status);
  const stores = await listAll("/vector_stores", { order: "desc" });
  if (!stores.length) {
    showInfo(status, "No vector stores yet.");
    return;
  }
  container.append(
    h(
      "table",
      { class: "list", "aria-label": "Vector stores" },
      h("thead", {}, h("tr", {}, ["Name", "Status", "Files", "Created"].map((t) => h("th", {}, t)))),
      h(
        "tbody",
        {},
        stores.map((s) =>
          h(
            "tr",
            { "data-id": s.id },
            h("td", {}, h("a", { href: `#/vector_stores/${s.id}` }, s.name || s.id)),
            h("td", {}, s.status),
            h("td", {}, `${s.file_counts.completed}/${s.file_counts.total}`),
            h("td", {}, time(s.created_at)),
          ),
        ),
      ),
    ),
  );
}

function counts(c) {
  return `${c.completed} completed, ${c.in_progress} in progress, ${c.failed} failed, ${c.cancelled} cancelled (${c.total} in all)`;
}

function searchResults(page) {
  if (!page.data.length) return h("p", { class: "muted" }, "No matching chunks.");
  return h(
    "ol",
    { class: "results", "aria-label": "Search results" },
    page.data.map((r) =>
      h(
        "li",
        { class: "result" },
        h("p", {}, h("span", { class: "score" }, `score ${Number(r.score).toFixed(4)}`), " ", fileLink(r.file_id, r.filename)),
        r.attributes && Object.keys(r.attributes).length ? facts([["Attributes", r.attributes]]) : null,
        (r.content || []).map((c) => h("pre", { class: "chunk" }, c.text)),
      ),
    ),
  );
}

export async function detail(container, { store: id }) {
  const path = `/vector_stores/${encodeURIComponent(id)}`;
  const status = statusLine();
  const summary = h("div");
  const table = h("div");
  const results = h("div", { "aria-live": "polite" });
  let timer = null;
  let polls = 0;
  let names = {};
  // What each part shows now: a refresh rebuilds a part only when its data changed, and never
  // the add-file form (what the user typed or picked there stays while files are processing).
  const shown = { summary: null, table: null, choices: null };
  const changed = (part, data) => {
    const key = JSON.stringify(data);
    if (shown[part] === key) return false;
    shown[part] = key;
    return true;
  };

  const showSummary = (store) => {
    if (!changed("summary", store)) return;
    replace(
      summary,
      h("h2", {}, `Vector store ${store.name || id}`),
      facts([
        ["ID", id],
        ["Status", store.status],
        ["Files", counts(store.file_counts)],
        ["Usage", `${store.usage_bytes} bytes`],
        ["Created", time(store.created_at)],
        ["Expires", store.expires_at ? time(store.expires_at) : null],
        ["Metadata", store.metadata && Object.keys(store.metadata).length ? store.metadata : null],
      ]),
    );
  };

  const showTable = (storeFiles) => {
    if (!changed("table", storeFiles.map((f) => [f, names[f.id]]))) return;
    replace(
      table,
      storeFiles.length
        ? h(
            "table",
            { class: "list", "aria-label": "Files in the store" },
            h("thead", {}, h("tr", {}, ["File", "Status", "Last error", "Attributes", ""].map((t) => h("th", {}, t)))),
            h(
              "tbody",
              {},
              storeFiles.map((f) =>
                h(
                  "tr",
                  { "data-id": f.id, "data-status": f.status },
                  h("td", {}, fileLink(f.id, names[f.id] || f.id)),
                  h("td", {}, h("span", { class: `badge ${f.status}` }, f.status)),
                  h("td", {}, f.last_error ? `${f.last_error.code}: ${f.last_error.message}` : ""),
                  h("td", {}, f.attributes && Object.keys(f.attributes).length ? JSON.stringify(f.attributes) : ""),
                  h("td", {}, h("button", { type: "button", class: "danger", "aria-label": `Remove ${names[f.id] || f.id}`, onclick: () => removeFile(f.id) }, "Remove")),
                ),
              ),
            ),
          )
        : h("p", { class: "muted" }, "No files in this store."),
    );
  };

  // The add-file form, made once; a refresh only brings its choices up to date, keeping the pick.
  const select = h("select", { name: "file" });
  const attributes = jsonField("Attributes (JSON object, optional)", undefined, { kind: "object", rows: 2 });
  const addButton = h("button", { type: "submit", disabled: true }, "Add to store");
  const showChoices = (choices) => {
    if (!changed("choices", choices.map((f) => [f.id, f.filename]))) return;
    const picked = select.value;
    replace(select, choices.map((f) => h("option", { value: f.id }, `${f.filename} (${f.id})`)));
    if (choices.some((f) => f.id === picked)) select.value = picked;
    addButton.disabled = !choices.length;
  };
  const addForm = h(
    "form",
    {
      class: "card",
      "aria-label": "Add a file",
      onsubmit: async (event) => {
        event.preventDefault();
        try {
          if (!select.value) throw new Error("Upload a file on the Files page first.");
          const body = { file_id: select.value };
          const attrs = attributes.parse();
          if (attrs !== undefined) body.attributes = attrs;
          await post(`${path}/files`, body);
          showInfo(status, `Added ${names[select.value] || select.value}`);
          attributes.area.value = "";
          polls = 0;
          clearTimeout(timer);
          await refresh();
        } catch (err) {
          showError(status, err);
        }
      },
    },
    h("h3", {}, "Add a file"),
    field("File", select),
    attributes.node,
    addButton,
  );

  const refresh = async () => {
    const [store, storeFiles, allFiles] = await Promise.all([get(path), listAll(`${path}/files`, { order: "desc" }), listAll("/files", { order: "desc" })]);
    names = Object.fromEntries(allFiles.map((f) => [f.id, f.filename]));
    showSummary(store);
    showTable(storeFiles);
    showChoices(allFiles.filter((f) => !storeFiles.some((s) => s.id === f.id)));
    if (store.file_counts.in_progress > 0 && polls++ < 300) timer = setTimeout(() => refresh().catch((err) => showError(status, err)), 500);
  };

  const removeFile = async (fileId) => {
    try {
      await del(`${path}/files/${encodeURIComponent(fileId)}`);
      clearTimeout(timer);
      await refresh();
    } catch (err) {
      showError(status, err);
    }
  };

  const query = h("input", { type: "search", name: "query", required: true });
  const max = h("input", { type: "number", name: "max_num_results", min: "1", max: "50", value: "10" });
  const filters = jsonField("Attribute filter (JSON, optional)", undefined, { kind: "object", rows: 2 });
  const searchForm = h(
    "form",
    {
      class: "card",
      role: "search",
      "aria-label": "Search the store",
      onsubmit: async (event) => {
        event.preventDefault();
        try {
          const body = { query: query.value, max_num_results: Number(max.value) || 10 };
          const filter = filters.parse();
          if (filter !== undefined) body.filters = filter;
          replace(results, h("p", { class: "muted" }, "Searching..."));
          replace(results, searchResults(await post(`${path}/search`, body)));
        } catch (err) {
          replace(results);
          showError(status, err);
        }
      },
    },
    h("h3", {}, "Search"),
    field("Query", query),
    field("Most results", max),
    filters.node,
    h("p", { class: "hint" }, 'e.g. {"type": "eq", "key": "author", "value": "Ada"}'),
    h("button", { type: "submit" }, "Search"),
  );

  replace(container, summary, status, h("h3", {}, "Files"), table, addForm, searchForm, results);
  await refresh();
  return () => clearTimeout(timer);
}
