// Playground: pick an assistant, chat on a thread with the answer streaming in (a run created
// with stream: true, its server-sent events read from fetch's ReadableStream), attach files, and
// answer a requires_action with a form holding one output per tool call.

import { listAll, post, stream, upload } from "../api.js";
import { field, h, replace, showError, showInfo, statusLine } from "../dom.js";
import { message, releaseImages } from "../render.js";

const TOOLS_FOR_ATTACHMENT = { file_search: [{ type: "file_search" }], code_interpreter: [{ type: "code_interpreter" }], both: [{ type: "file_search" }, { type: "code_interpreter" }] };

export async function page(container) {
  const assistants = await listAll("/assistants", { order: "desc" });
  const pick = h("select", { name: "assistant" }, assistants.map((a) => h("option", { value: a.id }, `${a.name || "(no name)"} · ${a.id}`)));
  const text = h("textarea", { name: "message", rows: 3, required: true });
  const attach = h("input", { type: "file", name: "attachments", multiple: true });
  const attachFor = h("select", { name: "attach_for" }, Object.keys(TOOLS_FOR_ATTACHMENT).map((k) => h("option", { value: k }, k)));
  const send = h("button", { type: "submit" }, "Send");
  const newThread = h("button", { type: "button" }, "New thread");
  const status = statusLine();
  const threadLine = h("p", { class: "muted" });
  const chat = h("section", { class: "conversation", "aria-label": "Conversation", "aria-live": "polite" });
  const actions = h("div");
  const controller = new AbortController();
  let threadId = null;

  newThread.addEventListener("click", () => {
    threadId = null;
    replace(chat);
    replace(actions);
    threadLine.textContent = "A new thread starts with the next message.";
  });

  const busy = (on) => {
    send.disabled = on;
    chat.setAttribute("aria-busy", on ? "true" : "false");
  };

  /** Read one run's stream: deltas into a live bubble, the finished message drawn whole. */
  const follow = async (events) => {
    const live = new Map();
    for await (const { event, data } of events) {
      if (event === "thread.run.created" || event === "thread.run.queued" || event === "thread.run.in_progress") {
        showInfo(status, `Run ${data.id}: ${data.status}`);
      } else if (event === "thread.run.step.created" && data.step_details && data.step_details.type === "tool_calls") {
        showInfo(status, "Calling tools...");
      } else if (event === "thread.message.created") {
        const bubble = h("p", { class: "text streaming" });
        live.set(data.id, bubble);
        chat.append(h("article", { class: "message assistant", "data-id": data.id, "aria-label": "assistant message" }, h("header", {}, h("strong", {}, "assistant")), bubble));
      } else if (event === "thread.message.delta") {
        const bubble = live.get(data.id);
        for (const part of (data.delta && data.delta.content) || []) {
          if (bubble && part.type === "text" && part.text && part.text.value) bubble.append(part.text.value);
        }
      } else if (event === "thread.message.completed") {
        const old = chat.querySelector(`article[data-id="${CSS.escape(data.id)}"]`);
        const whole = message(data, threadId);
        if (old) old.replaceWith(whole);
        else chat.append(whole);
      } else if (event === "thread.run.requires_action") {
        showInfo(status, `Run ${data.id} needs tool outputs.`);
        replace(actions, outputsForm(data));
      } else if (["thread.run.completed", "thread.run.failed", "thread.run.cancelled", "thread.run.expired", "thread.run.incomplete"].includes(event)) {
        const link = h("a", { href: `#/threads/${threadId}/runs/${data.id}` }, `Open run ${data.id}`);
        replace(status, `Run ${data.status}. `, link);
        if (data.last_error) status.append(` ${data.last_error.code}: ${data.last_error.message}`);
      } else if (event === "error") {
        showError(status, (data && data.message) || "the stream reported an error");
      }
    }
  };

  const outputsForm = (run) => {
    const calls = run.required_action.submit_tool_outputs.tool_calls;
    const inputs = calls.map((c) => {
      const input = h("textarea", { name: `output-${c.id}`, rows: 2 });
      return { call: c, input };
    });
    return h(
      "form",
      {
        class: "card warn",
        "aria-label": "Tool outputs",
        onsubmit: async (event) => {
          event.preventDefault();
          const tool_outputs = inputs.map(({ call, input }) => ({ tool_call_id: call.id, output: input.value }));
          replace(actions);
          busy(true);
          try {
            await follow(stream(`/threads/${threadId}/runs/${run.id}/submit_tool_outputs`, { tool_outputs }, controller.signal));
          } catch (err) {
            if (err.name !== "AbortError") showError(status, err);
          } finally {
            busy(false);
          }
        },
      },
      h("h3", {}, "The run asks for tool outputs"),
      inputs.map(({ call, input }) =>
        h("fieldset", {}, h("legend", {}, `${call.function.name} (${call.id})`), h("pre", { tabindex: 0, "aria-label": "Arguments" }, call.function.arguments), field(`Output of ${call.function.name}`, input)),
      ),
      h("button", { type: "submit" }, "Submit outputs"),
    );
  };

  const submit = async (event) => {
    event.preventDefault();
    if (!pick.value) {
      showError(status, "Create an assistant first.");
      return;
    }
    if (!text.value.trim()) {
      showError(status, "Write a message.");
      return;
    }
    busy(true);
    try {
      const attachments = [];
      for (const file of attach.files) {
        const made = await upload(file, "assistants", () => {});
        attachments.push({ file_id: made.id, tools: TOOLS_FOR_ATTACHMENT[attachFor.value] });
      }
      if (!threadId) {
        threadId = (await post("/threads", {})).id;
        threadLine.replaceChildren("Thread ", h("a", { href: `#/threads/${threadId}` }, threadId));
      }
      const sent = await post(`/threads/${threadId}/messages`, { role: "user", content: text.value, ...(attachments.length ? { attachments } : {}) });
      chat.append(message(sent, threadId));
      text.value = "";
      attach.value = "";
      await follow(stream(`/threads/${threadId}/runs`, { assistant_id: pick.value }, controller.signal));
    } catch (err) {
      if (err.name !== "AbortError") showError(status, err);
    } finally {
      busy(false);
    }
  };

  replace(
    container,
    h("h2", {}, "Playground"),
    assistants.length ? null : h("p", { class: "error" }, "No assistants yet: create one first."),
    field("Assistant", pick),
    threadLine,
    chat,
    actions,
    h(
      "form",
      { class: "card", "aria-label": "Chat", onsubmit: submit },
      field("Message", text),
      field("Attach files", attach),
      field("Attachments are for", attachFor),
      h("div", { class: "actions" }, send, newThread),
      status,
    ),
  );
  return () => {
    controller.abort();
    releaseImages();
  };
}
