// The console's start: sign in (a key for this tab, or none), then the page the hash names.

import { ApiError, check, session } from "./api.js";
import { field, h, replace, showError, statusLine } from "./dom.js";
import { currentPath, route, show } from "./router.js";
import * as assistants from "./pages/assistants.js";
import * as files from "./pages/files.js";
import * as playground from "./pages/playground.js";
import * as runs from "./pages/runs.js";
import * as threads from "./pages/threads.js";
import * as vectorStores from "./pages/vector_stores.js";

const main = document.getElementById("main");
const nav = document.getElementById("nav");
const signOut = document.getElementById("sign-out");

route("/assistants", assistants.list);
route("/assistants/new", assistants.edit);
route("/assistants/:assistant", assistants.edit);
route("/threads", threads.list);
route("/threads/:thread", threads.conversation);
route("/threads/:thread/runs/:run", runs.detail);
route("/files", files.page);
route("/vector_stores", vectorStores.list);
route("/vector_stores/:store", vectorStores.detail);
route("/playground", playground.page);

function markCurrent() {
  const here = currentPath().split("/")[1];
  for (const link of nav.querySelectorAll("a")) {
    if (link.getAttribute("href") === `#/${here}`) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

function notFound(container) {
  replace(container, h("h2", {}, "Not found"), h("p", {}, "No page at this address."));
}

async function render() {
  markCurrent();
  try {
    await show(main, notFound);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      session.signOut();
      signIn("The key was refused. Sign in again.");
      return;
    }
    main.append(h("p", { class: "error", role: "alert" }, err.message || String(err)));
  }
}

function signIn(reason) {
  nav.hidden = true;
  signOut.hidden = true;
  const key = h("input", { type: "password", name: "key" });
  key.setAttribute("autocomplete", "off");
  const status = statusLine();
  if (reason) showError(status, reason);
  const form = h(
    "form",
    {
      class: "card sign-in",
      "aria-label": "Sign in",
      onsubmit: async (event) => {
        event.preventDefault();
        session.signIn(key.value.trim());
        try {
          await check();
        } catch (err) {
          session.signOut();
          showError(status, err);
          return;
        }
        start();
      },
    },
    h("h2", {}, "Sign in"),
    h("p", {}, "The key is kept for this tab only. Leave it empty if the server asks for none."),
    field("API key", key),
    h("button", { type: "submit" }, "Sign in"),
    status,
  );
  replace(main, form);
  key.focus();
}

function start() {
  nav.hidden = false;
  signOut.hidden = false;
  render();
}

signOut.addEventListener("click", () => {
  session.signOut();
  signIn();
});
window.addEventListener("hashchange", () => {
  if (session.signedIn) render();
});

async function boot() {
  if (session.signedIn) {
    start();
    return;
  }
  try {
    await check(); // a server with no key configured: signed in with none
    session.signIn("");
    start();
  } catch {
    signIn();
  }
}

boot();
