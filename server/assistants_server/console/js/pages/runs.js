// A run: its status history, usage and last_error, and its steps with every tool call (function
// arguments and output; file_search results with scores and chunk text; code_interpreter input,
// logs and images). An active run is polled until it ends (bounded), its statuses recorded.

import { get, listAll, post } from "../api.js";
import { facts, h, pre, replace, showError, statusLine, time } from "../dom.js";
import { fileLink, image, releaseImages } from "../render.js";

const ACTIVE = new Set(["queued", "in_progress", "cancelling", "requires_action"]);
const POLL_MS = 400;
const MAX_POLLS = 1500; // ten minutes at most, then the page says it stopped
const FILE_SEARCH_CONTENT = "step_details.tool_calls[*].file_search.results[*].content";

/** The statuses a run went through, from its timestamps and what this page saw. */
export function history(run, seen) {
  const points = [["created", run.created_at]];
  if (run.started_at) points.push(["in_progress", run.started_at]);
  const ends = [["cancelled", run.cancelled_at], ["failed", run.failed_at], ["completed", run.completed_at]].filter(([, at]) => at);
  for (const [status, at] of seen) {
    if (!points.some(([s]) => s === status) && !ends.some(([s]) => s === status)) points.push([status, at]);
  }
  points.push(...ends);
  if (["expired", "incomplete"].includes(run.status) && !points.some(([s]) => s === run.status)) points.push([run.status, null]);
  return points;
}

function functionCall(call, output) {
  return [
    h("p", {}, h("strong", {}, `function ${call.function.name}`), ` (${call.id})`),
    h("p", { class: "label" }, "Arguments"),
    pre(prettyJson(call.function.arguments), "Arguments"),
    h("p", { class: "label" }, "Output"),
    call.function.output === null || call.function.output === undefined ? h("p", { class: "muted" }, output || "not submitted yet") : pre(call.function.output, "Output"),
  ];
}

function prettyJson(text) {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function fileSearchCall(call) {
  const search = call.file_search || {};
  const results = search.results || [];
  return [
    h("p", {}, h("strong", {}, "file_search"), ` (${call.id})`),
    search.ranking_options ? facts([["Ranking", search.ranking_options]]) : null,
    results.length
      ? h(
          "ol",
          { class: "results", "aria-label": "file_search results" },
          results.map((r) =>
            h(
              "li",
              { class: "result" },
              h("p", {}, h("span", { class: "score" }, `score ${Number(r.score).toFixed(4)}`), " ", fileLink(r.file_id, r.file_name || r.file_id)),
              (r.content || []).map((c) => h("pre", { class: "chunk" }, c.text)),
            ),
          ),
        )
      : h("p", { class: "muted" }, "No results."),
  ];
}

function codeCall(call) {
  const code = call.code_interpreter || {};
  return [
    h("p", {}, h("strong", {}, "code_interpreter"), ` (${call.id})`),
    h("p", { class: "label" }, "Input"),
    pre(code.input || "", "Code"),
    (code.outputs || []).map((out) => {
      if (out.type === "logs") return [h("p", { class: "label" }, "Logs"), pre(out.logs, "Logs")];
      if (out.type === "image") return [h("p", { class: "label" }, "Image"), image(out.image.file_id, `output image ${out.image.file_id}`)];
      return pre(out);
    }),
  ];
}

function toolCall(call) {
  const body = call.type === "function" ? functionCall(call) : call.type === "file_search" ? fileSearchCall(call) : call.type === "code_interpreter" ? codeCall(call) : pre(call);
  return h("section", { class: `tool-call ${call.type}`, "aria-label": `${call.type} call` }, body);
}

function step(s, threadId) {
  const details = s.step_details || {};
  return h(
    "article",
    { class: "step", "data-id": s.id, "aria-label": `step ${s.type}` },
    h("h4", {}, `${s.type} `, h("span", { class: `badge ${s.status}` }, s.status)),
    facts([
      ["Created", time(s.created_at)],
      ["Completed", time(s.completed_at)],
      ["Usage", s.usage],
      ["Error", s.last_error ? `${s.last_error.code}: ${s.last_error.message}` : null],
    ]),
    details.type === "message_creation"
      ? h("p", {}, "Wrote ", h("a", { href: `#/threads/${threadId}` }, `message ${details.message_creation.message_id}`))
      : null,
    details.type === "tool_calls" ? (details.tool_calls || []).map(toolCall) : null,
  );
}

function requiredAction(run) {
  const calls = run.required_action && run.required_action.submit_tool_outputs ? run.required_action.submit_tool_outputs.tool_calls : [];
  if (!calls.length) return null;
  return h(
    "section",
    { class: "card warn", "aria-label": "Required action" },
    h("h3", {}, "Waiting for tool outputs"),
    calls.map((c) => h("div", {}, h("p", {}, `${c.function.name} (${c.id})`), pre(prettyJson(c.function.arguments), "Arguments"))),
    h("p", {}, "Answer it from the ", h("a", { href: "#/playground" }, "Playground"), " or through the API."),
  );
}

export async function detail(container, { thread: threadId, run: runId }) {
  const path = `/threads/${encodeURIComponent(threadId)}/runs/${encodeURIComponent(runId)}`;
  const seen = [];
  const status = statusLine();
  const body = h("div", { "aria-live": "off" });
  let timer = null;
  let stopped = false;
  let polls = 0;
  let shown = "";

  const cancel = async () => {
    try {
      await post(`${path}/cancel`, {});
    } catch (err) {
      showError(status, err);
    }
  };

  const draw = async () => {
    const [run, steps] = await Promise.all([get(path), listAll(`${path}/steps`, { order: "asc", "include[]": FILE_SEARCH_CONTENT })]);
    if (!seen.length || seen[seen.length - 1][0] !== run.status) seen.push([run.status, Math.floor(Date.now() / 1000)]);
    const active = ACTIVE.has(run.status);
    const snapshot = JSON.stringify([run, steps]);
    if (snapshot === shown) return active; // nothing new: the page (and the reader's focus) stays
    shown = snapshot;
    replace(
      body,
      h("p", {}, h("span", { class: `badge ${run.status}`, id: "run-status" }, run.status), active ? h("button", { type: "button", onclick: cancel }, "Cancel run") : null),
      facts([
        ["Thread", h("a", { href: `#/threads/${threadId}` }, threadId)],
        ["Assistant", h("a", { href: `#/assistants/${run.assistant_id}` }, run.assistant_id)],
        ["Model", run.model],
        ["Usage", run.usage ? `prompt ${run.usage.prompt_tokens}, completion ${run.usage.completion_tokens}, total ${run.usage.total_tokens}` : null],
        ["Last error", run.last_error ? `${run.last_error.code}: ${run.last_error.message}` : null],
        ["Incomplete", run.incomplete_details ? run.incomplete_details.reason : null],
        ["Tools", (run.tools || []).map((t) => t.type).join(", ")],
      ]),
      h("h3", {}, "Status history"),
      h("ol", { class: "history", "aria-label": "Status history" }, history(run, seen).map(([s, at]) => h("li", {}, h("span", { class: `badge ${s}` }, s), " ", at ? time(at) : ""))),
      requiredAction(run),
      h("h3", {}, `Steps (${steps.length})`),
      steps.length ? steps.map((s) => step(s, threadId)) : h("p", { class: "muted" }, "No steps yet."),
    );
    return active;
  };

  const tick = async () => {
    if (stopped) return;
    try {
      const active = await draw();
      polls += 1;
      if (active && polls < MAX_POLLS && !stopped) timer = setTimeout(tick, POLL_MS);
      else if (active) showError(status, "Stopped following this run; reload the page to follow it again.");
    } catch (err) {
      showError(status, err);
    }
  };

  replace(container, h("h2", {}, `Run ${runId}`), status, body);
  await tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
    releaseImages();
  };
}
