// Threads: newest first (listThreads), and one thread as a conversation with its runs.

import { get, listAll } from "../api.js";
import { facts, h, replace, showError, showInfo, statusLine, time } from "../dom.js";
import { message, releaseImages } from "../render.js";

const PAGE = 50;

export async function list(container) {
  const status = statusLine();
  const items = h("ul", { class: "threads", "aria-label": "Threads, newest first" });
  const more = h("button", { type: "button", hidden: true }, "Older threads");
  let after;
  const load = async () => {
    const page = await get("/threads", { order: "desc", limit: PAGE, after });
    items.append(...page.data.map(threadItem));
    after = page.last_id || (page.data.length ? page.data[page.data.length - 1].id : after);
    more.hidden = !page.has_more;
    if (!items.children.length) showInfo(status, "No threads yet.");
  };
  more.addEventListener("click", () => load().catch((err) => showError(status, err)));
  replace(container, h("h2", {}, "Threads"), status, items, more);
  await load();
}

function threadItem(t) {
  return h(
    "li",
    { "data-id": t.id },
    h("a", { href: `#/threads/${t.id}` }, t.id),
    " ",
    h("small", {}, time(t.created_at)),
    t.metadata && Object.keys(t.metadata).length ? h("small", { class: "muted" }, ` ${JSON.stringify(t.metadata)}`) : null,
  );
}

export function runRow(threadId, run) {
  return h(
    "li",
    { "data-id": run.id, "data-status": run.status },
    h("a", { href: `#/threads/${threadId}/runs/${run.id}` }, run.id),
    " ",
    h("span", { class: `badge ${run.status}` }, run.status),
    " ",
    h("small", {}, time(run.created_at)),
    run.last_error ? h("small", { class: "error" }, ` ${run.last_error.code}: ${run.last_error.message}`) : null,
  );
}

export async function conversation(container, { thread: id }) {
  const path = `/threads/${encodeURIComponent(id)}`;
  const [thread, messages, runs] = await Promise.all([
    get(path),
    listAll(`${path}/messages`, { order: "asc" }),
    listAll(`${path}/runs`, { order: "desc" }),
  ]);
  const stores = thread.tool_resources && thread.tool_resources.file_search ? thread.tool_resources.file_search.vector_store_ids : null;
  replace(
    container,
    h("h2", {}, `Thread ${id}`),
    facts([
      ["Created", time(thread.created_at)],
      ["Metadata", thread.metadata && Object.keys(thread.metadata).length ? thread.metadata : null],
      ["Vector stores", stores && stores.length ? h("span", {}, stores.map((s) => [h("a", { href: `#/vector_stores/${s}` }, s), " "])) : null],
    ]),
    h(
      "section",
      { class: "conversation", "aria-label": "Messages" },
      messages.length ? messages.map((m) => message(m, id)) : h("p", { class: "muted" }, "No messages."),
    ),
    h("h3", {}, "Runs"),
    runs.length ? h("ul", { class: "runs", "aria-label": "Runs" }, runs.map((r) => runRow(id, r))) : h("p", { class: "muted" }, "No runs."),
  );
  return releaseImages;
}
