// Assistants: the list, and one assistant's form (create or edit: model, name, instructions,
// tools, tool_resources, response_format, metadata as checked JSON), with delete.

import { del, get, listAll, post } from "../api.js";
import { field, h, jsonField, replace, showError, showInfo, statusLine, time } from "../dom.js";
import { go } from "../router.js";

export async function list(container) {
  const status = statusLine();
  replace(container, h("h2", {}, "Assistants"), h("p", {}, h("a", { href: "#/assistants/new", class: "button" }, "New assistant")), status);
  const items = await listAll("/assistants", { order: "desc" });
  if (!items.length) {
    showInfo(status, "No assistants yet.");
    return;
  }
  container.append(
    h(
      "table",
      { class: "list", "aria-label": "Assistants" },
      h("thead", {}, h("tr", {}, ["Name", "Model", "Tools", "Created"].map((t) => h("th", {}, t)))),
      h(
        "tbody",
        {},
        items.map((a) =>
          h(
            "tr",
            { "data-id": a.id },
            h("td", {}, h("a", { href: `#/assistants/${a.id}` }, a.name || a.id)),
            h("td", {}, a.model),
            h("td", {}, (a.tools || []).map((t) => t.type).join(", ")),
            h("td", {}, time(a.created_at)),
          ),
        ),
      ),
    ),
  );
}

export async function edit(container, { assistant: id }) {
  const current = id ? await get(`/assistants/${encodeURIComponent(id)}`) : { model: "gpt-4o", tools: [] };
  const model = h("input", { type: "text", name: "model", required: true, value: current.model || "" });
  const name = h("input", { type: "text", name: "name", value: current.name || "" });
  const description = h("input", { type: "text", name: "description", value: current.description || "" });
  const instructions = h("textarea", { name: "instructions", rows: 4 });
  instructions.value = current.instructions || "";
  const tools = jsonField("Tools (JSON array)", current.tools || [], { kind: "array" });
  const resources = jsonField("Tool resources (JSON object)", current.tool_resources, { kind: "object" });
  const format = jsonField("Response format (\"auto\" or a JSON object)", current.response_format, { kind: "object-or-string", rows: 2 });
  const metadata = jsonField("Metadata (JSON object of strings)", current.metadata, { kind: "object" });
  const temperature = h("input", { type: "number", name: "temperature", step: "0.1", min: "0", max: "2", value: current.temperature ?? "" });
  const status = statusLine();

  const quickTools = h(
    "fieldset",
    {},
    h("legend", {}, "Add a tool"),
    ["file_search", "code_interpreter"].map((type) =>
      h("button", {
        type: "button",
        onclick: () => {
          let value = [];
          try {
            value = tools.parse() || [];
          } catch {
            value = [];
          }
          if (!value.some((t) => t.type === type)) value.push({ type });
          tools.area.value = JSON.stringify(value, null, 2);
          tools.area.dispatchEvent(new Event("input"));
        },
      }, `+ ${type}`),
    ),
  );

  const save = async (event) => {
    event.preventDefault();
    let body;
    try {
      body = {
        model: model.value.trim(),
        name: name.value || null,
        description: description.value || null,
        instructions: instructions.value || null,
        tools: tools.parse() || [],
      };
      // an emptied field clears what the assistant had: its empty value is sent, not nothing
      const res = resources.parse();
      if (res !== undefined) body.tool_resources = res;
      else if (id && current.tool_resources) body.tool_resources = {};
      const fmt = format.parse();
      if (fmt !== undefined) body.response_format = fmt;
      else if (id && current.response_format && current.response_format !== "auto") body.response_format = "auto";
      const meta = metadata.parse();
      if (meta !== undefined) body.metadata = meta;
      else if (id && current.metadata) body.metadata = {};
      if (temperature.value !== "") body.temperature = Number(temperature.value);
      if (!body.model) throw new Error("Model: required");
    } catch (err) {
      showError(status, err);
      return;
    }
    try {
      const saved = await post(id ? `/assistants/${encodeURIComponent(id)}` : "/assistants", body);
      showInfo(status, `Saved ${saved.id}`);
      if (!id) go(`/assistants/${saved.id}`);
    } catch (err) {
      showError(status, err);
    }
  };

  // Deleting asks twice, in the page itself (no blocking dialog): the first press arms the button.
  const remove = async (event) => {
    const button = event.currentTarget;
    if (button.dataset.armed !== "yes") {
      button.dataset.armed = "yes";
      button.textContent = "Press again to delete";
      showInfo(status, `Press the button again to delete ${id}.`);
      return;
    }
    try {
      await del(`/assistants/${encodeURIComponent(id)}`);
      go("/assistants");
    } catch (err) {
      showError(status, err);
    }
  };

  replace(
    container,
    h("h2", {}, id ? `Assistant ${current.name || id}` : "New assistant"),
    id ? h("p", { class: "muted" }, `${id} · created ${time(current.created_at)}`) : null,
    h(
      "form",
      { class: "card", "aria-label": "Assistant", onsubmit: save },
      field("Model", model),
      field("Name", name),
      field("Description", description),
      field("Instructions", instructions),
      field("Temperature", temperature),
      tools.node,
      quickTools,
      resources.node,
      h("p", { class: "hint" }, 'e.g. {"file_search": {"vector_store_ids": ["vs_..."]}}'),
      format.node,
      metadata.node,
      h("div", { class: "actions" }, h("button", { type: "submit" }, id ? "Save" : "Create"), id ? h("button", { type: "button", class: "danger", onclick: remove }, "Delete") : null),
      status,
    ),
  );
}
